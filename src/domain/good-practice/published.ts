// The `published` collection: a good-practice copy of a problem with no personal content, made by
// the force database when a prevention lead publishes it. Readable by everyone and
// pulled to every device. Its id is the problem's id, so publishing again replaces the copy.
//
// The body is the SARA content only, built by `draftCopy` (publish.ts) from its allow-list.
// Nothing here carries a user id, a categorised person, an incident reference, a location or a
// partner's name; free text is the text a prevention lead reviewed.
//
// A withdrawn copy stays as a tombstone with its content emptied (`withdrawn`, deleted), so every
// device's next pull overwrites what it held; a copy whose problem changed after publishing is
// marked `outOfDate` for the prevention lead, never silently rewritten.
import { z } from 'zod';
import { codesOf, problemTypes } from '../vocabularies';
import { envelopeSchema, recordId } from '../envelope';
import { emmieSchema } from '../osara/closing';
import { analysisSchema, objectiveSchema } from '../osara/sections';
import { responseTagCodes } from '../osara/techniques';
import {
  actionStatuses,
  assessmentOutcomes,
  cheersElements,
  closureReasons,
  deliveryJudgements,
  partnerAgencyTypes,
  problemSources,
} from '../osara/vocabularies';
import { areaCountsSchema } from './evaluations';
import { redactionKinds } from './personal-data/kinds';

// Generous: redaction can make a text a little longer than the officer's limit.
const longText = z.string().max(40000);
const optionalText = z.string().max(16000).optional();

export const publishedActionSchema = z.strictObject({
  description: longText,
  techniques: z.array(z.enum(responseTagCodes)),
  /** Who led it, as a kind only: our officers, or a type of partner agency (never a name). */
  lead: z.union([z.literal('officer'), z.enum(codesOf(partnerAgencyTypes))]),
  status: z.enum(codesOf(actionStatuses)),
});
export type PublishedAction = z.infer<typeof publishedActionSchema>;

export const publishedBodySchema = z.strictObject({
  objective: objectiveSchema.omit({ statedAt: true }),
  scanning: z.strictObject({
    description: longText,
    source: z.enum(codesOf(problemSources)).optional(),
    cheers: z.partialRecord(z.enum(codesOf(cheersElements)), z.boolean()),
    baselineCount: z.int().nonnegative().optional(),
    baselineDays: z.int().positive().optional(),
    partnerAgencies: z.array(z.enum(codesOf(partnerAgencyTypes))),
    openedAt: z.iso.date().optional(),
  }),
  analysis: analysisSchema,
  actions: z.array(publishedActionSchema),
  assessment: z.strictObject({
    deliveredAsPlanned: z.enum(codesOf(deliveryJudgements)).optional(),
    processEvaluation: optionalText,
    outcome: z.enum(codesOf(assessmentOutcomes)).optional(),
    achievedPercent: z.number().optional(),
    closureReason: z.enum(codesOf(closureReasons)).optional(),
    closedAt: z.iso.date().optional(),
    lessonsLearned: optionalText,
    communityFeedback: optionalText,
    displacementChecked: z.boolean(),
    displacementNotes: optionalText,
    costNotes: optionalText,
    emmie: emmieSchema,
  }),
  evaluation: z.strictObject({
    beforeStart: z.iso.date().optional(),
    beforeEnd: z.iso.date().optional(),
    afterStart: z.iso.date().optional(),
    afterEnd: z.iso.date().optional(),
    response: areaCountsSchema.optional(),
    buffer: areaCountsSchema.optional(),
    control: areaCountsSchema.optional(),
  }),
});
export type PublishedBody = z.infer<typeof publishedBodySchema>;

/**
 * What the reviewer decided, as far as the copy may say it: every field and kind removed, and the
 * text of what was kept (it is in the copy anyway). The removed text itself stays with the
 * publish decision (the review), readable only by those who could read the problem.
 */
export const publishedDecisionSchema = z.strictObject({
  path: z.string().max(120),
  kind: z.enum(redactionKinds),
  action: z.enum(['remove', 'keep']),
  text: z.string().max(2000).optional(),
});
export type PublishedDecision = z.infer<typeof publishedDecisionSchema>;

export const publishedFieldsSchema = z.strictObject({
  problemId: recordId,
  reference: z.string().max(40).nullable(),
  title: z.string().max(200),
  problemType: z.enum(codesOf(problemTypes)),
  /** The prevention lead's summary for the library. */
  summary: z.string().max(8000),
  /** Every technique of its actions, for the library's filters and search. */
  techniques: z.array(z.enum(responseTagCodes)).optional(),
  outcome: z.enum(codesOf(assessmentOutcomes)).optional(),
  /**
   * The sections, shaped as `PublishedBody` by toPublishedCopy. Stored and synced as an open
   * record so that a device running an older app still accepts a copy from a newer publisher;
   * readers parse it with `publishedBodySchema.partial()` and show what they recognise.
   */
  body: z.record(z.string().max(64), z.unknown()),
  /** The redaction review behind this copy. */
  decisions: z.array(publishedDecisionSchema).max(2000).optional(),
  /** The review (publish decision) this copy was made from. */
  reviewId: recordId.optional(),
  /** Withdrawn by a prevention lead: the record is a tombstone with its content emptied. */
  withdrawn: z.boolean().optional(),
  /** The problem changed after this copy was published; the copy was not changed with it. */
  outOfDate: z.boolean().optional(),
});
export type PublishedFields = z.infer<typeof publishedFieldsSchema>;

export const publishedSchema = envelopeSchema.extend(publishedFieldsSchema.shape);
export type Published = z.infer<typeof publishedSchema>;
