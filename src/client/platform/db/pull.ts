// Applying one pulled page (ARCHITECTURE.md, "Sync protocol", Pull).
import { rebase } from '#domain/merge';
import { CONFLICTS_COLLECTION, conflictRecordSchema } from '#domain/conflicts';
import type { CollectionName } from '#domain/collections';
import type { PulledChange } from '#domain/sync';
import { writeCursor } from './meta';
import { loadRecordRules } from './rules';
import { viewTable, viewTables, type BeatbookDb, type ConflictRow } from './schema';

/**
 * Stores one pulled conflict (call inside the pull transaction). Rows never change on the
 * server, but a page can be pulled again (after a crash mid-sync); the device's own dismissal
 * is kept then. A row this app version cannot read is skipped rather than shown half-understood.
 */
async function storePulledConflict(db: BeatbookDb, record: Record<string, unknown>): Promise<void> {
  const parsed = conflictRecordSchema.safeParse(record);
  if (!parsed.success) return;
  const existing = await db.conflicts.get(parsed.data.id);
  const row: ConflictRow =
    existing?.dismissedAt === undefined ? parsed.data : { ...parsed.data, dismissedAt: existing.dismissedAt };
  await db.conflicts.put(row);
}

/**
 * A record that left this reader's reach (`leftScope`: its problem moved to another team). The
 * server copy and the conflicts kept on it go; so does the view, unless this device still holds
 * an edit of it (queued or refused): the officer's typing is never dropped unseen. Such an edit is
 * refused at its push (the record is another team's now) and is then discarded like any refused
 * creation, which removes the record from the device (db/attention.ts).
 */
async function dropLeftRecord(db: BeatbookDb, collection: CollectionName, id: string): Promise<void> {
  const serverCopy = await db.serverRecords.get(id);
  if (serverCopy?.collection === collection) await db.serverRecords.delete(id);
  await db.conflicts
    .where('recordId')
    .equals(id)
    .filter((c) => c.collection === collection)
    .delete();
  const edits = [
    ...(await db.needsAttention.where('recordId').equals(id).toArray()),
    ...(await db.outbox.where('recordId').equals(id).toArray()),
  ].filter((m) => m.collection === collection);
  if (edits.length === 0) await viewTable(db, collection).delete(id);
}

/**
 * Stores a page of server records and moves the cursor, in one transaction: if the tab dies
 * half-way, the page is re-pulled from the old cursor rather than half-applied with the cursor
 * already past it (which would lose the rest of the page for good).
 *
 * For a record with edits still in the outbox (or refused ones kept for the officer), the view is
 * the server copy with those edits re-applied in their original order, so a pull never makes the
 * officer's unsent typing disappear. The outbox is read inside the same transaction so an edit
 * saved concurrently is either already in it or is written after, on top of the new view.
 */
export async function applyPulledPage(
  db: BeatbookDb,
  changes: readonly PulledChange[],
  cursor: number,
): Promise<void> {
  // The full record schemas decide which records this app version can show; loaded before the
  // transaction, which an await of anything but Dexie would commit early.
  const { collections } = await loadRecordRules();
  const tables = [...viewTables(db), db.serverRecords, db.outbox, db.needsAttention, db.conflicts, db.meta];
  await db.transaction('rw', tables, async () => {
    for (const change of changes) {
      // Conflicts are server-written and never edited here: stored as sent, in the same
      // transaction as the records and the cursor, so a page is never half-applied.
      if (change.collection === CONFLICTS_COLLECTION) {
        await storePulledConflict(db, change.record);
        continue;
      }
      const collection = change.collection;
      const record = change.record;
      if (change.leftScope === true) {
        await dropLeftRecord(db, collection, record.id);
        continue;
      }
      await db.serverRecords.put({ id: record.id, collection, record });
      const parsed = collections[collection].record.safeParse(record);
      // The server copy is kept either way; a record this app version cannot read is not shown.
      if (!parsed.success) continue;
      const pending = [
        ...(await db.needsAttention.where('recordId').equals(record.id).toArray()),
        ...(await db.outbox.where('recordId').equals(record.id).toArray()),
      ].sort((a, b) => a.seq - b.seq);
      await viewTable(db, collection).put(rebase(parsed.data, pending));
    }
    await writeCursor(db, cursor);
  });
}
