// THE one write path (ARCHITECTURE.md, "Local store"): a local change updates the record's view
// and appends its mutation to the outbox in one IndexedDB transaction. If either write fails the
// transaction aborts and neither happens, so the outbox can never miss an edit that the screen
// shows, nor hold an edit the screen never showed.
import type { CollectionName, RecordByCollection } from '#domain/records';
import type { Table } from 'dexie';
import { sendBase } from '#client/attention/data/attention';
import { withQuotaCheck } from './quota';
import { loadRecordRules } from './rules';
import type { PlannedWrite } from './planned-write';
import { keepServerCopy } from './server-copy';
import { viewTable, type BeatbookDb } from './schema';

/**
 * Other rows that must land with the record or not at all (an activity's photo bytes): written in
 * the same transaction, after the record and its mutation, only when the plan wrote something.
 */
export interface AlongsideWrite {
  tables: Table[];
  write: () => Promise<unknown>;
}

/**
 * Runs `plan` against the current view inside a read-write transaction and commits what it
 * returns. `plan` is synchronous and may throw (e.g. a ValidationError): nothing is written then.
 * It returns null when there is nothing to change, and then no mutation is queued.
 *
 * `base` is what the edit should be diffed against: the view itself, except while a refused
 * change for the record is held (see `sendBase`). A quota failure throws StorageFullError and,
 * the transaction being rolled back, leaves the stored record and outbox as they were.
 */
export async function commitLocalWrite<C extends CollectionName, R extends RecordByCollection[C]>(
  db: BeatbookDb,
  collection: C,
  recordId: string,
  plan: (current: R | undefined, base: R | undefined) => PlannedWrite<R> | null,
  alongside?: AlongsideWrite,
): Promise<{ record: R | undefined; written: boolean }> {
  // The view table of collection C holds R; Dexie's generic key types cannot see that through C.
  const table = viewTable(db, collection) as unknown as Table<R, string>;
  const tables = [table, db.outbox, db.needsAttention, db.serverRecords, ...(alongside?.tables ?? [])];
  // Loaded before the transaction: awaiting a module load inside it would commit it early.
  const { collections } = await loadRecordRules();
  return withQuotaCheck(() =>
    db.transaction('rw', tables, async () => {
      // Reading inside the transaction means two quick saves cannot both diff against the same
      // stale view and lose one another's fields.
      const current = await table.get(recordId);
      const refused = await db.needsAttention.where('recordId').equals(recordId).count();
      const base =
        current !== undefined && refused > 0 ? await sendBase(db, collections, collection, current) : current;
      const planned = plan(current, base);
      if (planned === null) return { record: current, written: false };
      if (current !== undefined) await keepServerCopy(db, collection, current);
      await table.put(planned.record);
      await db.outbox.add(planned.mutation);
      await alongside?.write();
      return { record: planned.record, written: true };
    }),
  );
}
