// The envelope every synced record carries, in its own module so that the collection schemas
// (records.ts and osara/*) can all build on it without importing one another in a cycle.
import { z } from 'zod';

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
