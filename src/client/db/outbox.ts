// Outbox reads and the settlement of a push, for the sync engine.
import type { BeatbookDb, NeedsAttentionRow, OutboxRow } from './schema';

/** The oldest `limit` pending mutations, in the order they were made. */
export function readOutboxHead(db: BeatbookDb, limit: number): Promise<OutboxRow[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
}

export interface PushSettlement {
  /** Outbox positions the server accepted (applied or merged). */
  done: readonly number[];
  /** Refused mutations, moved out of the outbox so they never block the ones behind them. */
  rejected: readonly NeedsAttentionRow[];
}

/**
 * Removes settled mutations from the outbox in one transaction. The views are not touched:
 * accepted edits are already in them, and a refused edit's data stays where the officer put it
 * (the next pull re-applies it on top of the server copy until the officer deals with it).
 */
export async function settlePush(db: BeatbookDb, settlement: PushSettlement): Promise<void> {
  if (settlement.done.length === 0 && settlement.rejected.length === 0) return;
  await db.transaction('rw', db.outbox, db.needsAttention, async () => {
    await db.outbox.bulkDelete([...settlement.done, ...settlement.rejected.map((r) => r.seq)]);
    await db.needsAttention.bulkPut([...settlement.rejected]);
  });
}
