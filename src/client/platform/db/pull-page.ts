// A pulled page sorted out before its transaction (db/pull.ts): parsing is CPU work that would
// hold the transaction open, and sorting the page into one write per table is what lets it be
// stored with bulk operations. The result is what applying the changes one by one, in feed
// order, would leave behind.
import type { CollectionName } from '#domain/collections';
import { CONFLICTS_COLLECTION, conflictRecordSchema, type ConflictRecord } from '#domain/conflicts';
import type { PulledChange } from '#domain/sync';
import { loadRecordRules } from './rules';
import type { ServerRecordRow } from './schema';

export type Row = Record<string, unknown> & { id: string };

export interface SortedPage {
  /** Parsed records by collection and id (a later copy of an id wins, as put would). */
  views: Map<CollectionName, Map<string, Row>>;
  /**
   * The raw server copy of every record, readable or not. db/pull.ts keeps it only for a record
   * with edits on the device, or one this app cannot read (which has no view to show it in).
   */
  servers: Map<string, ServerRecordRow>;
  conflicts: ConflictRecord[];
  /** Records that left this reader's reach (`leftScope`) and did not come back later in the page. */
  left: Map<string, { collection: CollectionName; id: string }>;
}

const key = (collection: string, id: string): string => `${collection}/${id}`;

export async function sortPage(changes: readonly PulledChange[]): Promise<SortedPage> {
  const { collections } = await loadRecordRules();
  const page: SortedPage = { views: new Map(), servers: new Map(), conflicts: [], left: new Map() };
  for (const change of changes) {
    // A conflict row this app version cannot read is skipped rather than shown half-understood.
    if (change.collection === CONFLICTS_COLLECTION) {
      const parsed = conflictRecordSchema.safeParse(change.record);
      if (parsed.success) page.conflicts.push(parsed.data);
      continue;
    }
    const collection = change.collection;
    const id = change.record.id;
    const views = page.views.get(collection) ?? new Map<string, Row>();
    page.views.set(collection, views);
    if (change.leftScope === true) {
      // What the page said about the record before it left is undone, as a drop after it would.
      views.delete(id);
      if (page.servers.get(id)?.collection === collection) page.servers.delete(id);
      page.conflicts = page.conflicts.filter((c) => c.collection !== collection || c.recordId !== id);
      page.left.set(key(collection, id), { collection, id });
      continue;
    }
    page.left.delete(key(collection, id));
    page.servers.set(id, { id, collection, record: change.record });
    const parsed = collections[collection].record.safeParse(change.record);
    if (parsed.success) views.set(id, parsed.data);
  }
  return page;
}
