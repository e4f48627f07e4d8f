// Outbox reads and the settlement of a push, for the sync engine.
import type { CollectionName } from '#domain/records';
import { viewTable, viewTables, type BeatbookDb, type NeedsAttentionRow, type OutboxRow } from './schema';

/** The oldest `limit` pending mutations, in the order they were made. */
export function readOutboxHead(db: BeatbookDb, limit: number): Promise<OutboxRow[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
}

export interface PushSettlement {
  /** Outbox positions the server accepted (applied or merged). */
  done: readonly number[];
  /** Refused mutations, moved out of the outbox so they never block the ones behind them. */
  rejected: readonly NeedsAttentionRow[];
  /**
   * Records whose edit the server applied with nothing else in between (status `applied`): the
   * server now holds exactly this device's view of their fields at `version`.
   */
  caughtUp: readonly { collection: CollectionName; recordId: string; version: number }[];
}

/**
 * Removes settled mutations from the outbox in one transaction. The views' fields are not
 * touched: accepted edits are already in them, and a refused edit's data stays where the officer
 * put it (the next pull re-applies it on top of the server copy until the officer deals with it).
 *
 * For `caughtUp` records the view's version moves forward, so an edit saved before the next pull
 * is based on the version that already has this device's change. Without it, an edit to a
 * just-created record would go out with `baseVersion: null` and the server would report the
 * officer's own earlier values as conflicts. `merged` results do not count: the server then holds
 * someone else's changes this device has not seen, and claiming that version would hide them.
 */
export async function settlePush(db: BeatbookDb, settlement: PushSettlement): Promise<void> {
  const { done, rejected, caughtUp } = settlement;
  if (done.length === 0 && rejected.length === 0) return;
  await db.transaction('rw', [db.outbox, db.needsAttention, ...viewTables(db)], async () => {
    await db.outbox.bulkDelete([...done, ...rejected.map((r) => r.seq)]);
    await db.needsAttention.bulkPut([...rejected]);
    for (const { collection, recordId, version } of caughtUp) {
      const table = viewTable(db, collection);
      const view = await table.get(recordId);
      if (view !== undefined && (view.version ?? 0) < version) await table.update(recordId, { version });
    }
  });
}
