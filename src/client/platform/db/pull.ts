// Applying one pulled page (ARCHITECTURE.md, "Sync protocol", Pull; the design as built is in
// src/client/platform/sync/README.md).
import { rebase } from '#domain/merge';
import type { CollectionName } from '#domain/collections';
import type { ConflictRecord } from '#domain/conflicts';
import type { PulledChange } from '#domain/sync';
import { readCursor, writeCursor, writeFeedComplete } from './meta';
import { sortPage, type SortedPage } from './pull-page';
import { editsOf } from './server-copy';
import { viewTable, viewTables, type BeatbookDb, type ConflictRow, type ServerRecordRow } from './schema';

/**
 * The page's transaction found the stored cursor somewhere other than where the page starts: the
 * page before it did not commit. Nothing of this page is written; the next sync asks again from
 * the stored cursor.
 */
export class PageOutOfOrderError extends Error {
  constructor(expected: number, found: number) {
    super(`The pulled page starts at ${String(expected)}, but this device is at ${String(found)}.`);
    this.name = 'PageOutOfOrderError';
  }
}

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
  const edits = (await editsOf(db, id)).filter((m) => m.collection === collection);
  if (edits.length === 0) await viewTable(db, collection).delete(id);
}

/**
 * Stores a page of server records and moves the cursor, in one transaction: if the tab dies
 * half-way, the page is re-pulled from the old cursor rather than half-applied with the cursor
 * already past it (which would lose the rest of the page for good).
 *
 * `from` is the cursor the page was asked for. The transaction checks that the device is still
 * there, so the engine may open page n+1's transaction before page n's has committed (the two
 * queue in IndexedDB, and page n+1's records are serialised while page n is written): if page n
 * failed, page n+1 finds the old cursor and rolls itself back.
 *
 * Every request that writes goes out before the first read is awaited, so nothing waits on the
 * transaction starting: each record's view is put as the server sent it, one bulkPut per table.
 * Then, for a record with edits still in the outbox (or refused ones kept for the officer), the
 * view is put again as the server copy with those edits re-applied in their original order, so a
 * pull never makes the officer's unsent typing disappear, and the server copy is kept as their
 * base (server-copy.ts). The outbox is read inside the same transaction so an edit saved
 * concurrently is either already in it or is written after, on top of the new view.
 */
export async function applyPulledPage(
  db: BeatbookDb,
  changes: readonly PulledChange[],
  cursor: number,
  /** The feed's last page (`hasMore` false): the device now holds the whole feed (meta.ts). */
  last = false,
  from?: number,
): Promise<void> {
  const page = await sortPage(changes);
  const tables = [...viewTables(db), db.serverRecords, db.outbox, db.needsAttention, db.conflicts, db.meta];
  await db.transaction('rw', tables, async () => {
    const stored = from === undefined ? undefined : readCursor(db);
    const writes: Promise<unknown>[] = [];
    for (const [collection, rows] of page.views) {
      if (rows.size > 0) writes.push(viewTable(db, collection).bulkPut([...rows.values()] as never[]));
    }
    const unreadable = [...page.servers.values()].filter(
      (r) => page.views.get(r.collection)?.has(r.id) !== true,
    );
    if (unreadable.length > 0) writes.push(db.serverRecords.bulkPut(unreadable));
    writes.push(writeCursor(db, cursor));
    if (last) writes.push(writeFeedComplete(db));
    // Keys only, from the recordId indexes: the pending set costs no record reads.
    const reads = Promise.all([
      db.outbox.orderBy('recordId').uniqueKeys(),
      db.needsAttention.orderBy('recordId').uniqueKeys(),
      db.serverRecords.toCollection().primaryKeys(),
    ]);
    const written = Promise.all(writes);
    // Observed so that a roll-back below does not report them as unhandled; awaited after it.
    written.catch(() => undefined);
    reads.catch(() => undefined);
    const at = await stored;
    if (at !== undefined && from !== undefined && at !== from) throw new PageOutOfOrderError(from, at);
    await written;
    const [queued, refused, kept] = await reads;
    const pendingIds = new Set([...queued, ...refused].map(String));
    for (const { collection, id } of page.left.values()) await dropLeftRecord(db, collection, id);
    if (pendingIds.size > 0) await rebasePending(db, page, pendingIds);
    // A kept copy of a record whose edits have settled is stale once the server sends it again.
    const unreadableIds = new Set(unreadable.map((r) => r.id));
    const stale = kept
      .map(String)
      .filter((id) => page.servers.has(id) && !pendingIds.has(id) && !unreadableIds.has(id));
    if (stale.length > 0) await db.serverRecords.bulkDelete(stale);
    await storeConflicts(db, page.conflicts);
  });
}

/**
 * The records of a page with edits pending: the server copy kept as their base, and the view
 * the edits re-applied on top of it.
 */
async function rebasePending(
  db: BeatbookDb,
  page: SortedPage,
  pendingIds: ReadonlySet<string>,
): Promise<void> {
  const copies: ServerRecordRow[] = [];
  for (const [collection, rows] of page.views) {
    for (const row of rows.values()) {
      if (!pendingIds.has(row.id)) continue;
      const server = page.servers.get(row.id);
      if (server !== undefined) copies.push(server);
      await viewTable(db, collection).put(rebase(row as never, await editsOf(db, row.id)));
    }
  }
  if (copies.length > 0) await db.serverRecords.bulkPut(copies);
}
