// A problem's change history on this device: the force database's history as last
// fetched (kept in `meta`, so it shows offline), with this device's unsent and refused edits to
// the problem and its child records, and the patrol activities linked to it.
import type { ProblemHistory } from '#domain/problem-history';
import type { ApiClient } from '#client/platform/api/client';
import { fetchProblemHistory } from './history-api';
import type { LinkedActivity, LocalChange, ProblemHistoryRepository, ProblemHistoryView } from '#client/team/contract';
import { watchQuery } from '#client/platform/db/live';
import { PROBLEM_KEY, problemKeyOf } from '#client/platform/db/activity-indexes';
import type { BeatbookDb } from '#client/platform/db/schema';

const keyOf = (problemId: string): string => `history:${problemId}`;

interface StoredHistory {
  history: ProblemHistory;
  fetchedAt: string;
}

function isStoredHistory(value: unknown): value is StoredHistory {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredHistory).fetchedAt === 'string' &&
    Array.isArray((value as StoredHistory).history.entries)
  );
}

/** The problem's own id and the ids of its child records on this device. */
async function recordIdsOf(db: BeatbookDb, problemId: string): Promise<Set<string>> {
  const ids = new Set([problemId]);
  for (const table of [db.actions, db.reviews, db.evaluations, db.nominations]) {
    for (const key of await table.where('problemId').equals(problemId).primaryKeys()) ids.add(key);
  }
  return ids;
}

export async function readHistoryView(db: BeatbookDb, problemId: string): Promise<ProblemHistoryView> {
  const stored = (await db.meta.get(keyOf(problemId)))?.value;
  const ids = await recordIdsOf(db, problemId);
  const pending = await db.outbox
    .where('recordId')
    .anyOf([...ids])
    .toArray();
  const refused = await db.needsAttention
    .where('recordId')
    .anyOf([...ids])
    .toArray();
  const local: LocalChange[] = [
    ...pending.map((m) => ({ ...m, state: 'pending' as const })),
    ...refused.map((m) => ({ ...m, state: 'refused' as const })),
  ]
    .sort((a, b) => a.seq - b.seq)
    .map((m) => ({
      mutationId: m.id,
      collection: m.collection,
      recordId: m.recordId,
      fields: Object.keys(m.changes),
      values: m.changes,
      at: m.at,
      state: m.state,
      ...('message' in m ? { message: m.message } : {}),
    }));
  // The index key is a hash of the id: a row of another problem with the same key is left out.
  const linked = await db.activities.where(PROBLEM_KEY).equals(problemKeyOf(problemId)).toArray();
  const activities: LinkedActivity[] = linked
    .filter((a) => a.problemId === problemId && !a.deleted)
    .map((a) => ({
      id: a.id,
      type: a.type,
      startedAt: a.startedAt,
      durationMinutes: a.durationMinutes,
      createdBy: a.createdBy,
      notes: a.notes,
      placeText: a.placeText,
    }));
  const cached = isStoredHistory(stored) ? stored : null;
  return {
    entries: cached?.history.entries ?? null,
    people: cached?.history.people ?? [],
    fetchedAt: cached?.fetchedAt ?? null,
    local,
    activities,
  };
}

export function createHistoryRepository(
  db: BeatbookDb,
  api: ApiClient,
  now: () => Date = () => new Date(),
): ProblemHistoryRepository {
  return {
    watch(problemId, onChange) {
      return watchQuery(() => readHistoryView(db, problemId), onChange);
    },
    async refresh(problemId) {
      const history = await fetchProblemHistory(api, problemId);
      await db.meta.put({
        key: keyOf(problemId),
        value: { history, fetchedAt: now().toISOString() } satisfies StoredHistory,
      });
    },
  };
}
