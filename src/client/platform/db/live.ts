// Live reads for screens and sync status. Dexie's liveQuery re-runs a query whenever a
// transaction (in this tab or another) touches what it read.
import { liveQuery } from 'dexie';
import type { Problem } from '#domain/records';
import type { BeatbookDb, NeedsAttentionRow } from './schema';

export type Unsubscribe = () => void;

/**
 * Subscribes to a query. Errors (e.g. the database closed on sign-out while a screen was still
 * subscribed) are swallowed: the screen simply stops updating, which is what closing means.
 */
export function watchQuery<T>(query: () => Promise<T>, onChange: (value: T) => void): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => {
    subscription.unsubscribe();
  };
}

/** Problems of the given teams, tombstones hidden, most recently changed first. */
export function listProblems(db: BeatbookDb, teamIds: readonly string[] | 'all'): Promise<Problem[]> {
  const rows =
    teamIds === 'all' ? db.problems.toCollection() : db.problems.where('teamId').anyOf([...teamIds]);
  return rows
    .filter((p) => !p.deleted)
    .toArray()
    .then((rows) => rows.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)));
}

/** A single problem; a tombstone reads as absent, as it does in lists. */
export async function getProblem(db: BeatbookDb, id: string): Promise<Problem | undefined> {
  const row = await db.problems.get(id);
  return row?.deleted === true ? undefined : row;
}

export function countOutbox(db: BeatbookDb): Promise<number> {
  return db.outbox.count();
}

export function countNeedsAttention(db: BeatbookDb): Promise<number> {
  return db.needsAttention.count();
}

export function listNeedsAttention(db: BeatbookDb): Promise<NeedsAttentionRow[]> {
  return db.needsAttention.orderBy('seq').toArray();
}
