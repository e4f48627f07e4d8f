// A problem's change history as the force database recorded it (GET /api/problems/:id/history):
// every accepted write to the problem and to its child records (actions, reviews, evaluations,
// nominations), from the audit log, oldest first.
import { z } from 'zod';
import { collectionNameSchema } from './collections';

export const historyEntrySchema = z.object({
  /** The audit row's id (UUIDv7, so it sorts by time too). */
  id: z.string(),
  /** When the force database accepted the write (its clock). */
  at: z.string(),
  /** Who made the change (a user id; `people` names them). */
  by: z.string().nullable(),
  collection: collectionNameSchema,
  recordId: z.string(),
  kind: z.enum(['create', 'update', 'delete']),
  /** The change number the write made: the record's version after it. */
  version: z.number().int().nullable(),
  /** The fields the edit set. */
  fields: z.array(z.string()),
  /**
   * For each field this write set that still holds the value it wrote (no later write changed
   * it): that value. Earlier values are not kept by the force database.
   */
  values: z.record(z.string(), z.unknown()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPersonSchema = z.object({ id: z.string(), displayName: z.string() });

export const problemHistorySchema = z.object({
  problemId: z.string(),
  entries: z.array(historyEntrySchema),
  /** Everyone the entries name, so a device without them on its roster can still show names. */
  people: z.array(historyPersonSchema),
});
export type ProblemHistory = z.infer<typeof problemHistorySchema>;
