// Refused mutations ("needs attention"): what an edit is diffed against while one is held, and
// taking one off the list when the officer resends or discards it.
import { rebase } from '#domain/merge';
import type { CollectionName, RecordByCollection } from '#domain/records';
import { withQuotaCheck } from '#client/platform/db/quota';
import { loadRecordRules, type Rules } from '#client/platform/db/rules';
import { viewTable, viewTables, type BeatbookDb, type OutboxRow } from '#client/platform/db/schema';
import { editsOf } from '#client/platform/db/server-copy';

/** The last server copy of a record, if this app version can read it. */
async function serverCopy(
  db: BeatbookDb,
  collections: Rules['collections'],
  collection: CollectionName,
  recordId: string,
): Promise<RecordByCollection[CollectionName] | undefined> {
  const row = await db.serverRecords.get(recordId);
  if (row === undefined) return undefined;
  // A copy this app version cannot read (or of another collection) counts as no copy.
  const parsed = collections[collection].record.safeParse(row.record);
  return parsed.success && row.collection === collection ? parsed.data : undefined;
}

function inOrder<T extends { seq: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.seq - b.seq);
}

/**
 * What the force database will hold for a record once this device's outbox is pushed: the server
 * copy with the pending (not the refused) edits on top. Call inside a transaction that includes
 * serverRecords and outbox.
 *
 * A new edit is diffed against this rather than against the view while a refused edit is held:
 * the view still shows the refused fields, and diffing against it would leave them out of the
 * new mutation, so "Fix and resend" would send nothing. With no server copy (a refused new
 * record) the base has the view's metadata but only the fields pending edits hold, so the
 * resend carries every field and goes out as a creation (version null). `collections` comes
 * from loadRecordRules(), awaited before the transaction.
 */
export async function sendBase<R extends RecordByCollection[CollectionName]>(
  db: BeatbookDb,
  collections: Rules['collections'],
  collection: CollectionName,
  current: R,
): Promise<R> {
  const pending: OutboxRow[] = inOrder(await db.outbox.where('recordId').equals(current.id).toArray());
  const server = await serverCopy(db, collections, collection, current.id);
  if (server !== undefined) return rebase(server as R, pending);
  const fieldNames = new Set(Object.keys(collections[collection].fields.shape));
  const bare = Object.fromEntries(
    Object.entries({ ...current, version: null }).filter(([key]) => !fieldNames.has(key)),
  );
  return rebase(bare as R, pending);
}

/**
 * Takes a refused mutation off the list and rebuilds the record's view from the server copy with
 * the remaining pending and refused edits, in one transaction. Resend and discard both end here:
 * after a resend the new mutation is in the outbox, so the view keeps the resent fields.
 *
 * With no server copy there is nothing to rebuild on: if no other edit for the record is left,
 * the record never reached the force database and leaves this device; otherwise the view is
 * left as it is (the edits still queued hold its fields).
 */
export async function dropRefused(db: BeatbookDb, mutationId: string): Promise<void> {
  const { collections } = await loadRecordRules();
  const tables = [db.needsAttention, db.outbox, db.serverRecords, ...viewTables(db)];
  await withQuotaCheck(() =>
    db.transaction('rw', tables, async () => {
      const refused = await db.needsAttention.get(mutationId);
      if (refused === undefined) return;
      await db.needsAttention.delete(mutationId);
      const { collection, recordId } = refused;
      const remaining = await editsOf(db, recordId);
      const table = viewTable(db, collection);
      const server = await serverCopy(db, collections, collection, recordId);
      if (server !== undefined) await table.put(rebase(server, remaining));
      else if (remaining.length === 0) await table.delete(recordId);
    }),
  );
}
