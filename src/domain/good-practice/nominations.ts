// The `nominations` collection: a team puts a closed, assessed problem forward as good practice
// (issue 7). A child of the problem (it takes the problem's team).
import { z } from 'zod';
import { envelopeSchema, recordId } from '#domain/envelope';

export const nominationFieldsSchema = z.strictObject({
  problemId: recordId,
  reason: z.string().trim().max(4000).optional(),
});
export type NominationFields = z.infer<typeof nominationFieldsSchema>;

export const nominationSchema = envelopeSchema.extend(nominationFieldsSchema.shape);
export type Nomination = z.infer<typeof nominationSchema>;
