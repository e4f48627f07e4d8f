// The `published` collection: a good-practice copy of a problem with no personal content, made by
// the force database when a prevention lead publishes it (issue 7). Readable by everyone.
import { z } from 'zod';
import { envelopeSchema, recordId } from '#domain/envelope';

export const publishedFieldsSchema = z.strictObject({
  problemId: recordId,
  reference: z.string().max(40).nullable(),
  title: z.string().max(200),
  problemType: z.string().max(64),
  summary: z.string().max(8000),
  /** The sanitised record (sections, actions, evaluation), as the publishing service shapes it. */
  body: z.record(z.string().max(64), z.unknown()),
});
export type PublishedFields = z.infer<typeof publishedFieldsSchema>;

export const publishedSchema = envelopeSchema.extend(publishedFieldsSchema.shape);
export type Published = z.infer<typeof publishedSchema>;
