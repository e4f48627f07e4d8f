// Applying one pulled page (ARCHITECTURE.md, "Sync protocol", Pull).
import { rebase } from '#domain/merge';
import type { CollectionName } from '#domain/records';
import { CONFLICTS_COLLECTION, conflictRecordSchema, type ConflictRecord } from '#domain/conflicts';
import type { PulledChange } from '#domain/sync';
import { writeCursor } from './meta';
import { loadRecordRules } from './rules';
import { viewTable, viewTables, type BeatbookDb, type ConflictRow, type ServerRecordRow } from './schema';

type Row = Record<string, unknown> & { id: string };

/** A page sorted out before the transaction: parsing is CPU work that would hold it open. */
interface SortedPage {
  /** Parsed records by collection, in feed order (a later copy of an id wins, as put would). */
  views: Map<CollectionName, Row[]>;
  /** The raw server copy of every record, readable or not (a record this app cannot read is not shown). */
  servers: ServerRecordRow[];
  conflicts: ConflictRecord[];
}

async function sortPage(changes: readonly PulledChange[]): Promise<SortedPage> {
  const { collections } = await loadRecordRules();
  const page: SortedPage = { views: new Map(), servers: [], conflicts: [] };
  for (const change of changes) {
    // A conflict row this app version cannot read is skipped rather than shown half-understood.
    if (change.collection === CONFLICTS_COLLECTION) {
      const parsed = conflictRecordSchema.safeParse(change.record);
      if (parsed.success) page.conflicts.push(parsed.data);
      continue;
    }
    const collection = change.collection;
    const server = { id: change.record.id, collection, record: change.record };
    page.servers.push(server);
    const parsed = collections[collection].record.safeParse(change.record);
    if (!parsed.success) continue;
    const rows = page.views.get(collection) ?? [];
    rows.push(parsed.data);
    page.views.set(collection, rows);
  }
  return page;
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
 * Stores a page of server records and moves the cursor, in one transaction: if the tab dies
 * half-way, the page is re-pulled from the old cursor rather than half-applied with the cursor
 * already past it (which would lose the rest of the page for good).
 *
 * For a record with edits still in the outbox (or refused ones kept for the officer), the view is
 * the server copy with those edits re-applied in their original order, so a pull never makes the
 * officer's unsent typing disappear. The outbox is read inside the same transaction so an edit
 * saved concurrently is either already in it or is written after, on top of the new view.
 *
 * Writes are one bulkPut per table. The server copy of every record goes to `serverRecords`, as
 * before: only records with edits pending need it for rebasing, but the convergence suite checks
 * every device's copy of every record against the force database, so it stays until that check
 * is changed on purpose (measured in the bench; see sync README).
 */
export async function applyPulledPage(
  db: BeatbookDb,
  changes: readonly PulledChange[],
  cursor: number,
): Promise<void> {
  const page = await sortPage(changes);
  const tables = [...viewTables(db), db.serverRecords, db.outbox, db.needsAttention, db.conflicts, db.meta];
  await db.transaction('rw', tables, async () => {
    // Keys only, from the recordId indexes: the pending set costs no record reads.
    const [queued, refused] = await Promise.all([
      db.outbox.orderBy('recordId').uniqueKeys(),
      db.needsAttention.orderBy('recordId').uniqueKeys(),
    ]);
    const pendingIds = new Set([...queued, ...refused].map(String));
    const writes: Promise<unknown>[] = [];
    for (const [collection, rows] of page.views) {
      const plain = pendingIds.size === 0 ? rows : rows.filter((r) => !pendingIds.has(r.id));
      writes.push(viewTable(db, collection).bulkPut(plain as never[]));
    }
    writes.push(db.serverRecords.bulkPut(page.servers));
    writes.push(storeConflicts(db, page.conflicts));
    await Promise.all(writes);
    if (pendingIds.size > 0) await rebasePending(db, page, pendingIds);
    await writeCursor(db, cursor);
  });
}

/** The records of a page with edits pending: the edits re-applied on top of the server copy. */
async function rebasePending(
  db: BeatbookDb,
  page: SortedPage,
  pendingIds: ReadonlySet<string>,
): Promise<void> {
  for (const [collection, rows] of page.views) {
    for (const row of rows) {
      if (!pendingIds.has(row.id)) continue;
      const pending = [
        ...(await db.needsAttention.where('recordId').equals(row.id).toArray()),
        ...(await db.outbox.where('recordId').equals(row.id).toArray()),
      ].sort((a, b) => a.seq - b.seq);
      await viewTable(db, collection).put(rebase(row as never, pending));
    }
  }
}
