// The closing OSARA sections: Assessment (did it work, why, and why is it closing) and Governance
// (retention and the people named). Partial-friendly, like sections.ts: shape only, no gates.
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { isoTime } from '../envelope';
import { isoDate, text } from './fields';
import { assessmentOutcomes, closureReasons, deliveryJudgements, personCategories } from './vocabularies';

// ---- Assessment ----

/** EMMIE: the College of Policing Crime Reduction Toolkit's headings for what the evidence says. */
export const emmieSchema = z.strictObject({
  effect: text(2000, 'the effect').optional(),
  mechanism: text(2000, 'the mechanism').optional(),
  moderators: text(2000, 'the moderators').optional(),
  implementation: text(2000, 'the implementation notes').optional(),
  economicCost: text(2000, 'the economic cost').optional(),
});
export type Emmie = z.infer<typeof emmieSchema>;

export const assessmentSchema = z.strictObject({
  /** Process evaluation: what was delivered, against the plan. */
  processEvaluation: text(8000, 'the process evaluation').optional(),
  deliveredAsPlanned: z
    .enum(codesOf(deliveryJudgements), { error: 'Say whether the response was delivered as planned' })
    .optional(),
  /** Impact evaluation headline: the point on the impact scale that was reached. */
  outcome: z.enum(codesOf(assessmentOutcomes), { error: 'Choose the outcome' }).optional(),
  achievedPercent: z
    .number({ error: 'Enter the reduction achieved as a number' })
    .min(-1000, 'The change is outside the expected range')
    .max(100, 'A reduction cannot be more than 100%')
    .optional(),
  displacementNotes: text(4000, 'the displacement check').optional(),
  communityFeedback: text(4000, 'the community feedback').optional(),
  costNotes: text(2000, 'the cost').optional(),
  lessonsLearned: text(8000, 'the lessons learned').optional(),
  emmie: emmieSchema.optional(),
  nominateGoodPractice: z.boolean({ error: 'Answer yes or no' }).optional(),
  closureReason: z.enum(codesOf(closureReasons), { error: 'Choose a closure reason' }).optional(),
  /**
   * Stamped by the app every time the section is saved. A closure sign-off counts only if it was
   * made at or after this time, so a supervisor never signs off an assessment they have not seen.
   */
  updatedAt: isoTime.optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

// ---- Governance ----

/** Short enough for "shop manager" or "resident, rear flats", too short for a life story. */
export const PERSON_ROLE_MAX = 60;

/**
 * A person named in connection with the problem, by category and role only. Deliberately there
 * is no name, address, date of birth or free-text field: the record is shared across teams and
 * kept for years, so it carries the category the Data Protection Act 2018 (Part 3) requires and
 * an opaque reference to where the personal details are held, nothing more.
 */
export const personSchema = z.strictObject({
  /** An opaque reference (e.g. a force records system id), never a name. */
  id: z
    .string({ error: 'Enter a reference for the person' })
    .trim()
    .min(1, 'Enter a reference for the person')
    .max(64, 'Keep the reference under 64 characters'),
  category: z.enum(codesOf(personCategories), { error: 'Choose victim, witness, suspect or other' }),
  role: z
    .string({ error: 'Describe their role as text' })
    .trim()
    .min(1, 'Describe their role, e.g. "shop manager"')
    .max(PERSON_ROLE_MAX, `Keep the role under ${PERSON_ROLE_MAX} characters and leave out names`),
});
export type Person = z.infer<typeof personSchema>;

export const governanceSchema = z.strictObject({
  /** When the force must next decide whether to keep the record (Police information and records
   *  management Code of Practice, 2023). */
  retentionReviewDate: isoDate.optional(),
  persons: z
    .array(personSchema)
    .max(200, 'List at most 200 people')
    // The issue names the repeated row, not the whole list: the app saves what is valid and
    // drops only fields with issues, so a list-level issue would drop every saved person.
    .superRefine((ps, ctx) => {
      const seen = new Set<string>();
      ps.forEach((p, index) => {
        if (seen.has(p.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Each person should be listed once' });
        seen.add(p.id);
      });
    })
    .optional(),
});
export type Governance = z.infer<typeof governanceSchema>;
