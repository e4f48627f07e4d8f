// The `conflicts` collection (ARCHITECTURE.md, "Sync protocol" step 3): when a later-arriving
// edit replaces a value someone else wrote after the edit's base, the force database keeps the
// replaced value here, in the same transaction and under the same change number as the record
// write. Rows are written only by the server and never change; devices pull them with the
// records they belong to (same read scope) and show them to the officers involved.
//
// Resolution is kept on the device, not synced: "Dismiss" hides a notice on this device only,
// and a notice hides itself everywhere once the record holds the replaced value again ("Restore
// my value" is an ordinary edit, so every device sees that). Keeping the rows immutable means the
// change feed needs no second writer of conflicts and no merge rule for them.
import { z } from 'zod';
import { collectionNameSchema } from './collections';
import { isoTime, recordId } from './envelope';

export const CONFLICTS_COLLECTION = 'conflicts' as const;

export const conflictRecordSchema = z.object({
  id: recordId,
  /** The change number of the record write that replaced the value. */
  version: z.int().positive(),
  /** Always false: conflicts are never deleted (the feed's records all carry the flag). */
  deleted: z.boolean(),
  /** The record the conflict belongs to. */
  collection: collectionNameSchema,
  recordId,
  /** A field of the record, or `deleted` when a delete and an edit crossed. */
  field: z.string(),
  /** The value that was replaced, and who wrote it when (device time). */
  replacedValue: z.unknown(),
  replacedBy: z.string(),
  /** The replaced author's display name, so a notice names a person; null if unknown. */
  replacedByName: z.string().nullable(),
  replacedAt: isoTime,
  /** The value that won (the later arrival), and who wrote it when. */
  value: z.unknown(),
  by: z.string(),
  byName: z.string().nullable(),
  at: isoTime,
  /** The mutation whose arrival replaced the value. */
  mutationId: z.string(),
});
export type ConflictRecord = z.infer<typeof conflictRecordSchema>;
