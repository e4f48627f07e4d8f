// The `evaluations` collection: the assessment of a problem (issue 7). One per problem, written
// by its team; a child of the problem like actions (it takes the problem's team).
import { z } from 'zod';
import { envelopeSchema, recordId } from '#domain/envelope';

const count = z.int({ error: 'Enter a whole number' }).nonnegative('Enter zero or more').max(10_000_000);
const area = z.strictObject({ before: count.optional(), after: count.optional() });

export const evaluationFieldsSchema = z.strictObject({
  problemId: recordId,
  beforeStart: z.iso.date().optional(),
  beforeEnd: z.iso.date().optional(),
  afterStart: z.iso.date().optional(),
  afterEnd: z.iso.date().optional(),
  response: area.optional(),
  buffer: area.optional(),
  control: area.optional(),
  notes: z.record(z.string().max(64), z.string().max(8000)).optional(),
});
export type EvaluationFields = z.infer<typeof evaluationFieldsSchema>;

export const evaluationSchema = envelopeSchema.extend(evaluationFieldsSchema.shape);
export type Evaluation = z.infer<typeof evaluationSchema>;
