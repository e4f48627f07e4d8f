// The `nominations` collection: a team puts a closed, assessed problem forward as good practice
//. A child of the problem (it takes the problem's team). A nomination is made once;
// after a prevention lead returns it, the team nominates again with a new record, so the queue
// is "nominations newer than the problem's last good-practice decision" (queue.ts).
import { z } from 'zod';
import { envelopeSchema, recordId } from '../envelope';
import { text } from '../osara/fields';

export const nominationFieldsSchema = z.strictObject({
  problemId: recordId,
  /** Why the team thinks others should learn from it. */
  reason: text(4000, 'reason').optional(),
});
export type NominationFields = z.infer<typeof nominationFieldsSchema>;

export const nominationSchema = envelopeSchema.extend(nominationFieldsSchema.shape);
export type Nomination = z.infer<typeof nominationSchema>;
