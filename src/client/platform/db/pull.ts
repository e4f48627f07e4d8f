// Applying one pulled page (ARCHITECTURE.md, "Sync protocol", Pull).
import { rebase } from '#domain/merge';
import type { CollectionName } from '#domain/collections';
import type { ConflictRecord } from '#domain/conflicts';
import type { PulledChange } from '#domain/sync';
import { writeCursor, writeFeedComplete } from './meta';
import { sortPage, type SortedPage } from './pull-page';
import { viewTable, viewTables, type BeatbookDb, type ConflictRow } from './schema';

/**
 * Stores one pulled conflict page. Rows never change on the server, but a page can be pulled
 * again (after a crash mid-sync); the device's own dismissal is kept then.
 */
async function storeConflicts(db: BeatbookDb, conflicts: readonly ConflictRecord[]): Promise<void> {
  if (conflicts.length === 0) return;
  const existing = await db.conflicts.bulkGet(conflicts.map((c) => c.id));
  const rows: ConflictRow[] = conflicts.map((c, i) => {
    const dismissedAt = existing[i]?.dismissedAt;
    return dismissedAt === undefined ? c : { ...c, dismissedAt };
  });
  await db.conflicts.bulkPut(rows);
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
 *
 * Records that left the reader's reach are dropped first (pull-page.ts has already removed
 * anything the page said about them before they left), then the rest is written with one bulkPut
 * per table. The server copy of every record goes to `serverRecords`: only records with edits
 * pending need it for rebasing, but the convergence suite checks every device's copy of every
 * record against the force database, so it stays until that check is changed on purpose
 * (measured in the bench; see sync README).
 */
export async function applyPulledPage(
  db: BeatbookDb,
  changes: readonly PulledChange[],
  cursor: number,
  /** The feed's last page (`hasMore` false): the device now holds the whole feed (meta.ts). */
  last = false,
): Promise<void> {
  const page = await sortPage(changes);
  const tables = [...viewTables(db), db.serverRecords, db.outbox, db.needsAttention, db.conflicts, db.meta];
  await db.transaction('rw', tables, async () => {
    for (const { collection, id } of page.left.values()) await dropLeftRecord(db, collection, id);
    // Keys only, from the recordId indexes: the pending set costs no record reads.
    const [queued, refused] = await Promise.all([
      db.outbox.orderBy('recordId').uniqueKeys(),
      db.needsAttention.orderBy('recordId').uniqueKeys(),
    ]);
    const pendingIds = new Set([...queued, ...refused].map(String));
    const writes: Promise<unknown>[] = [];
    for (const [collection, rows] of page.views) {
      const all = [...rows.values()];
      const plain = pendingIds.size === 0 ? all : all.filter((r) => !pendingIds.has(r.id));
      if (plain.length > 0) writes.push(viewTable(db, collection).bulkPut(plain as never[]));
    }
    writes.push(db.serverRecords.bulkPut([...page.servers.values()]));
    writes.push(storeConflicts(db, page.conflicts));
    await Promise.all(writes);
    if (pendingIds.size > 0) await rebasePending(db, page, pendingIds);
    await writeCursor(db, cursor);
    if (last) await writeFeedComplete(db);
  });
}

/** The records of a page with edits pending: the edits re-applied on top of the server copy. */
async function rebasePending(
  db: BeatbookDb,
  page: SortedPage,
  pendingIds: ReadonlySet<string>,
): Promise<void> {
  for (const [collection, rows] of page.views) {
    for (const row of rows.values()) {
      if (!pendingIds.has(row.id)) continue;
      const pending = [
        ...(await db.needsAttention.where('recordId').equals(row.id).toArray()),
        ...(await db.outbox.where('recordId').equals(row.id).toArray()),
      ].sort((a, b) => a.seq - b.seq);
      await viewTable(db, collection).put(rebase(row as never, pending));
    }
  }
}
