// The closing OSARA sections: Assessment (did it work, why, and why is it closing) and Governance
// (retention and the people named). Partial-friendly, like sections.ts: shape only, no gates.
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { isoTime } from '../envelope';
import { isoDate, text } from './fields';
import { assessmentOutcomes, closureReasons, deliveryJudgements, personCategories } from './vocabularies';
import { say } from '../validation';

// ---- Assessment ----

/** EMMIE: the College of Policing Crime Reduction Toolkit's headings for what the evidence says. */
export const emmieSchema = z.strictObject({
  effect: text(2000, 'effect').optional(),
  mechanism: text(2000, 'mechanism').optional(),
  moderators: text(2000, 'moderators').optional(),
  implementation: text(2000, 'implementation').optional(),
  economicCost: text(2000, 'economic_cost').optional(),
});
export type Emmie = z.infer<typeof emmieSchema>;

export const assessmentSchema = z.strictObject({
  /** Process evaluation: what was delivered, against the plan. */
  processEvaluation: text(8000, 'process_evaluation').optional(),
  deliveredAsPlanned: z.enum(codesOf(deliveryJudgements), { error: say('choose_delivery') }).optional(),
  /** Impact evaluation headline: the point on the impact scale that was reached. */
  outcome: z.enum(codesOf(assessmentOutcomes), { error: say('choose_outcome') }).optional(),
  achievedPercent: z
    .number({ error: say('achieved_number') })
    .min(-1000, say('change_range'))
    .max(100, say('reduction_max'))
    .optional(),
  displacementNotes: text(4000, 'displacement_check').optional(),
  communityFeedback: text(4000, 'community_feedback').optional(),
  costNotes: text(2000, 'cost').optional(),
  lessonsLearned: text(8000, 'lessons_learned').optional(),
  emmie: emmieSchema.optional(),
  nominateGoodPractice: z.boolean({ error: say('yes_or_no') }).optional(),
  closureReason: z.enum(codesOf(closureReasons), { error: say('choose_closure_reason') }).optional(),
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
    .string({ error: say('enter_person_reference') })
    .trim()
    .min(1, say('enter_person_reference'))
    .max(64, say('text_too_long', { field: 'person_reference', max: 64 })),
  category: z.enum(codesOf(personCategories), { error: say('choose_person_category') }),
  role: z
    .string({ error: say('role_type') })
    .trim()
    .min(1, say('describe_role'))
    .max(PERSON_ROLE_MAX, say('role_too_long', { max: PERSON_ROLE_MAX })),
});
export type Person = z.infer<typeof personSchema>;

export const governanceSchema = z.strictObject({
  /** When the force must next decide whether to keep the record (Police information and records
   *  management Code of Practice, 2023). */
  retentionReviewDate: isoDate.optional(),
  persons: z
    .array(personSchema)
    .max(200, say('list_too_long', { item: 'person', max: 200 }))
    // The issue names the repeated row, not the whole list: the app saves what is valid and
    // drops only fields with issues, so a list-level issue would drop every saved person.
    .superRefine((ps, ctx) => {
      const seen = new Set<string>();
      ps.forEach((p, index) => {
        if (seen.has(p.id))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: say('item_repeated', { item: 'person' }),
          });
        seen.add(p.id);
      });
    })
    .optional(),
});
export type Governance = z.infer<typeof governanceSchema>;
