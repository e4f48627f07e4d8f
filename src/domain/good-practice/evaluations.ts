// The `evaluations` collection: the assessment of a problem. One per problem, written
// by its team; a child of the problem like actions (it takes the problem's team). The app gives
// it the problem's id as its own id, so two officers who start it offline edit one record and
// the field-level merge keeps both their work.
//
// Every field is optional, as in the OSARA sections: an evaluation is filled in over days and a
// half-written one must still save. Whether it is complete is good-practice/completeness.ts's
// question; whether the periods make sense is the evaluation view's (evaluation-view.ts).
import { z } from 'zod';
import { codesOf } from '../vocabularies';
import { envelopeSchema, recordId } from '../envelope';
import { emmieSchema } from '../osara/closing';
import { isoDate, text } from '../osara/fields';
import { deliveryJudgements } from '../osara/vocabularies';
import { say } from '../validation';

const count = z
  .int({ error: say('count_whole') })
  .nonnegative(say('count_negative'))
  .max(10_000_000, say('count_too_large'));

/** Incidents counted in one area in the before and the after period. */
export const areaCountsSchema = z.strictObject({ before: count.optional(), after: count.optional() });
export type AreaCountsFields = z.infer<typeof areaCountsSchema>;

export const evaluationFieldsSchema = z.strictObject({
  problemId: recordId,
  /** The before and after periods; they may differ in length (the maths scales them). */
  beforeStart: isoDate.optional(),
  beforeEnd: isoDate.optional(),
  afterStart: isoDate.optional(),
  afterEnd: isoDate.optional(),
  /** Where the response was delivered. */
  response: areaCountsSchema.optional(),
  /** The area around it, where crime might move to (displacement) or also fall (diffusion). */
  buffer: areaCountsSchema.optional(),
  /** A comparable area with no response: what would have happened anyway. */
  control: areaCountsSchema.optional(),
  /** Process evaluation: was the response delivered as planned? */
  deliveredAsPlanned: z.enum(codesOf(deliveryJudgements), { error: say('choose_delivery') }).optional(),
  processEvaluation: text(8000, 'process_evaluation').optional(),
  emmie: emmieSchema.optional(),
  communityFeedback: text(4000, 'community_feedback').optional(),
  lessonsLearned: text(8000, 'lessons_learned').optional(),
  /** The team looked for crime moving next door (with the buffer counts or otherwise). */
  displacementChecked: z.boolean({ error: say('yes_or_no') }).optional(),
  displacementNotes: text(4000, 'displacement_check').optional(),
});
export type EvaluationFields = z.infer<typeof evaluationFieldsSchema>;

export const evaluationSchema = envelopeSchema.extend(evaluationFieldsSchema.shape);
export type Evaluation = z.infer<typeof evaluationSchema>;
