// THE one write path (ARCHITECTURE.md, "Local store"): a local change updates the record's view
// and appends its mutation to the outbox in one IndexedDB transaction. If either write fails the
// transaction aborts and neither happens, so the outbox can never miss an edit that the screen
// shows, nor hold an edit the screen never showed.
import type { CollectionName, Problem } from '#domain/records';
import type { Mutation } from '#domain/sync';
import { viewTable, type BeatbookDb } from './schema';

export interface PlannedWrite {
  record: Problem;
  mutation: Mutation;
}

/**
 * Runs `plan` against the current view inside a read-write transaction and commits what it
 * returns. `plan` is synchronous and may throw (e.g. a ValidationError): nothing is written then.
 * It returns null when there is nothing to change, and then no mutation is queued.
 */
export async function commitLocalWrite(
  db: BeatbookDb,
  collection: CollectionName,
  recordId: string,
  plan: (current: Problem | undefined) => PlannedWrite | null,
): Promise<{ record: Problem | undefined; written: boolean }> {
  const table = viewTable(db, collection);
  return db.transaction('rw', table, db.outbox, async () => {
    // Reading inside the transaction means two quick saves cannot both diff against the same
    // stale view and lose one another's fields.
    const current = await table.get(recordId);
    const planned = plan(current);
    if (planned === null) return { record: current, written: false };
    await table.put(planned.record);
    await db.outbox.add(planned.mutation);
    return { record: planned.record, written: true };
  });
}
