// Synced records: the envelope every record carries, and each collection's own fields.
import { z } from 'zod';
import { codesOf, problemStatuses, problemTypes } from './vocabularies';

export const isoTime = z.iso.datetime({ offset: true });
export const recordId = z.uuid();

/** Fields every synced record carries. `version` is the change-feed number of its last change. */
export const envelopeSchema = z.object({
  id: recordId,
  version: z.int().positive().nullable(),
  createdAt: isoTime,
  createdBy: z.string(),
  updatedAt: isoTime,
  updatedBy: z.string(),
  deleted: z.boolean(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Fields an officer writes on a problem (the walking-skeleton header). */
export const problemFieldsSchema = z.strictObject({
  teamId: z.string().min(1, 'Choose a team').max(64),
  title: z.string().trim().min(1, 'Enter a title').max(200, 'Keep the title under 200 characters'),
  problemType: z.enum(codesOf(problemTypes), { error: 'Choose a problem type' }),
  description: z.string().max(20000, 'The description is too long'),
  locationText: z.string().max(500, 'Keep the location under 500 characters'),
  status: z.enum(codesOf(problemStatuses), { error: 'Choose a status' }),
});
export type ProblemFields = z.infer<typeof problemFieldsSchema>;

/** Fields only the force database sets. A mutation that changes one is rejected. */
export const problemServerFieldsSchema = z.object({
  reference: z.string().nullable(),
});

export const problemSchema = envelopeSchema
  .extend(problemFieldsSchema.shape)
  .extend(problemServerFieldsSchema.shape);
export type Problem = z.infer<typeof problemSchema>;

/**
 * Every synced collection: the schema of the fields a client may write, and of the whole record.
 * Later issues add actions, activities, evaluations, reviews, attachments and conflicts here.
 */
export const collections = {
  problems: { fields: problemFieldsSchema, record: problemSchema },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as [CollectionName, ...CollectionName[]];
export const collectionNameSchema = z.enum(collectionNames);

export interface RecordByCollection {
  problems: Problem;
}
export interface FieldsByCollection {
  problems: ProblemFields;
}

export type FieldErrors = Partial<Record<string, string>>;

/** Check a complete set of fields; returns officer-readable messages keyed by field. */
export function validateFields<C extends CollectionName>(
  collection: C,
  fields: unknown,
): { ok: true; value: FieldsByCollection[C] } | { ok: false; errors: FieldErrors } {
  const result = collections[collection].fields.safeParse(fields);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
