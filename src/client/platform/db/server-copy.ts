// The server copy of a record: the base its pending and refused edits are rebased on
// (ARCHITECTURE.md, "Local store"; the design as built is in src/client/platform/sync/README.md).
//
// A record with no edits on this device is its server copy: the view is exactly what the force
// database sent (parsed). So `serverRecords` holds a row only for a record that has edits queued
// or refused, and for a record this app version cannot read (no view to show it in). The row
// is written:
// - by a local write, from the view, just before the record's first edit (`keepServerCopy`),
// - by a pull, for a record that has edits at that moment (db/pull.ts).
// A row left behind once the edits are settled is stale and is ignored (`readServerCopy`), and
// the next pull of that record deletes it. Storing a second copy of every record doubled what a
// first sync of a whole force wrote (issue 16); only the records being edited need one.
import type { CollectionName } from '#domain/collections';
import {
  viewTable,
  type BeatbookDb,
  type NeedsAttentionRow,
  type OutboxRow,
  type ServerRecordRow,
} from './schema';

/**
 * Every edit of a record this device holds, refused and queued, in the order they were made: what
 * is laid on the server copy to make the view (`rebase`).
 */
export async function editsOf(db: BeatbookDb, recordId: string): Promise<(NeedsAttentionRow | OutboxRow)[]> {
  const [refused, queued] = await Promise.all([
    db.needsAttention.where('recordId').equals(recordId).toArray(),
    db.outbox.where('recordId').equals(recordId).toArray(),
  ]);
  return [...refused, ...queued].sort((a, b) => a.seq - b.seq);
}

/** How many edits of a record this device holds: queued (outbox) and refused (needs attention). */
export async function countEdits(db: BeatbookDb, recordId: string): Promise<number> {
  const [queued, refused] = await Promise.all([
    db.outbox.where('recordId').equals(recordId).count(),
    db.needsAttention.where('recordId').equals(recordId).count(),
  ]);
  return queued + refused;
}

/**
 * Call inside the transaction that writes an edit of `current` (its view as read in that
 * transaction), before the edit: if the record has no other edits, its view is the server copy,
 * and is kept as the base the edit will be rebased on. The transaction must include
 * serverRecords, outbox and needsAttention.
 */
export async function keepServerCopy(
  db: BeatbookDb,
  collection: CollectionName,
  current: Record<string, unknown> & { id: string },
): Promise<void> {
  if ((await countEdits(db, current.id)) > 0) return;
  const row: ServerRecordRow = { id: current.id, collection, record: current };
  await db.serverRecords.put(row);
}

/**
 * The last server copy of a record this device holds: the kept row while the record has edits,
 * otherwise its view. Undefined for a record created here and not yet pulled back.
 */
export async function readServerCopy(
  db: BeatbookDb,
  collection: CollectionName,
  recordId: string,
): Promise<Record<string, unknown> | undefined> {
  if ((await countEdits(db, recordId)) > 0) {
    const row = await db.serverRecords.get(recordId);
    return row?.collection === collection ? row.record : undefined;
  }
  return await viewTable(db, collection).get(recordId);
}
