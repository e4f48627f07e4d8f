// The `reviews` collection: supervisor oversight. A review is a decision made once and kept as
// history (the Governance "review history"), so the force database should accept a review as a new
// record and refuse later edits to it; a changed mind is a new review.
import { z } from 'zod';
import { codesOf, problemStatuses } from '../vocabularies';
import { envelopeSchema, isoTime, recordId } from '../envelope';
import { redactionDecisionsSchema } from '../good-practice/redaction-decision';
import { isoDate, text } from './fields';
import { decisionsByKind, reviewDecisions, reviewKinds } from './vocabularies';
import { say } from '../validation';

const reviewShape = z.strictObject({
  problemId: recordId,
  kind: z.enum(codesOf(reviewKinds), { error: say('choose_review_kind') }),
  /** For a stage review: the stage whose work was reviewed. */
  stage: z.enum(codesOf(problemStatuses), { error: say('choose_stage_reviewed') }).optional(),
  decision: z.enum(codesOf(reviewDecisions), { error: say('choose_decision') }),
  comments: text(4000, 'comments').optional(),
  nextReviewDate: isoDate.optional(),
  /** The supervisor's user id. The force database checks it is the signed-in user. */
  reviewer: z
    .string({ error: say('reviewer_missing') })
    .trim()
    .min(1, say('reviewer_missing'))
    .max(64),
  /** When the decision was made. Compared with the assessment's `updatedAt` at closure. */
  reviewedAt: isoTime,
  /**
   * A publish decision's redaction review: what the prevention lead removed from the
   * draft copy and what they kept. The force database applies it and refuses the publish when
   * anything the detector finds in the result was not decided.
   */
  redactions: redactionDecisionsSchema.optional(),
});

type ReviewShape = z.infer<typeof reviewShape>;

// Shared by the fields and the whole-record schema, so a pulled record is held to the same rules.
function checkReview(r: ReviewShape, ctx: z.RefinementCtx): void {
  if (!decisionsByKind[r.kind].includes(r.decision)) {
    ctx.addIssue({
      code: 'custom',
      message: say('decision_not_fit'),
      path: ['decision'],
    });
  }
  if (r.kind === 'stage' && r.stage === undefined) {
    ctx.addIssue({ code: 'custom', message: say('choose_stage_reviewed'), path: ['stage'] });
  }
  const asksForChanges =
    r.decision === 'request_changes' ||
    r.decision === 'return_to_team' ||
    r.decision === 'return' ||
    r.decision === 'withdraw';
  const noComments = r.comments === undefined || r.comments.length === 0;
  if (asksForChanges && noComments) {
    ctx.addIssue({ code: 'custom', message: say('say_what_to_change'), path: ['comments'] });
  }
  // A publish decision's comments are the summary the good-practice library shows.
  if (r.decision === 'publish' && noComments) {
    ctx.addIssue({
      code: 'custom',
      message: say('write_summary'),
      path: ['comments'],
    });
  }
}

export const reviewFieldsSchema = reviewShape.superRefine(checkReview);
export type ReviewFields = z.infer<typeof reviewFieldsSchema>;

export const reviewSchema = envelopeSchema.extend(reviewShape.shape).superRefine(checkReview);
export type Review = z.infer<typeof reviewSchema>;
