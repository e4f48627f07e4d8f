// All SQL for retention review: closed problems of some teams, decisions, the records linked to
// a problem, and purging the values kept in conflicts and processed-mutation results.
import type { Kysely } from 'kysely';
import type { MutationResult } from '#domain/sync';
import { fromJson, toJson } from '#server/platform/database/json';
import { findRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';

export interface StoredDecision {
  id: string;
  problemId: string;
  teamId: string | null;
  decision: 'retain' | 'erase';
  reason: string;
  nextReviewDate: string | null;
  decidedBy: string;
  decidedAt: string;
}

/** Live (not deleted) problems of these teams; the caller keeps the closed, unerased ones. */
export async function problemsOfTeams(
  db: Kysely<Tables>,
  teamIds: readonly string[],
): Promise<StoredRecord[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .selectFrom('records')
    .select(['id'])
    .where('collection', '=', 'problems')
    .where('team_id', 'in', teamIds)
    .where('deleted', '=', 0)
    .execute();
  const out: StoredRecord[] = [];
  for (const { id } of rows) {
    const r = await findRecord(db, 'problems', id);
    if (r !== undefined) out.push(r);
  }
  return out;
}

/** The latest decision per problem. */
export async function latestDecisions(
  db: Kysely<Tables>,
  problemIds: readonly string[],
): Promise<Map<string, StoredDecision>> {
  const latest = new Map<string, StoredDecision>();
  if (problemIds.length === 0) return latest;
  const rows = await db
    .selectFrom('retention_decisions')
    .selectAll()
    .where('problem_id', 'in', problemIds)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    latest.set(r.problem_id, {
      id: r.id,
      problemId: r.problem_id,
      teamId: r.team_id,
      decision: r.decision === 'erase' ? 'erase' : 'retain',
      reason: r.reason,
      nextReviewDate: r.next_review_date,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
    });
  }
  return latest;
}

export async function insertDecision(db: Kysely<Tables>, d: StoredDecision): Promise<void> {
  await db
    .insertInto('retention_decisions')
    .values({
      id: d.id,
      problem_id: d.problemId,
      team_id: d.teamId,
      decision: d.decision,
      reason: d.reason,
      next_review_date: d.nextReviewDate,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
    })
    .execute();
}

/**
 * Records of these collections whose `problemId` is this problem. The JSON is matched as text
 * first (records are written by JSON.stringify, so the pair appears exactly so) and then checked
 * parsed, so a note that merely mentions the id is not taken for a link.
 */
export async function recordsLinkedTo(
  db: Kysely<Tables>,
  collections: readonly string[],
  problemId: string,
): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select(['collection', 'id'])
    .where('collection', 'in', collections)
    .where('data', 'like', `%"problemId":${JSON.stringify(problemId)}%`)
    .execute();
  const out: StoredRecord[] = [];
  for (const row of rows) {
    const r = await findRecord(db, row.collection, row.id);
    if (r !== undefined && r.data.problemId === problemId) out.push(r);
  }
  return out;
}

/**
 * Blanks the values kept in conflicts of one record and moves them to `version`, so devices pull
 * the blanked copy and replace theirs. Returns the ids of the mutations that caused them.
 */
export async function purgeConflicts(
  db: Kysely<Tables>,
  collection: string,
  recordId: string,
  version: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('conflicts')
    .select(['id', 'mutation_id'])
    .where('collection', '=', collection)
    .where('record_id', '=', recordId)
    .execute();
  if (rows.length === 0) return [];
  await db
    .updateTable('conflicts')
    .set({ replaced_value: toJson(null), value: toJson(null), version })
    .where('collection', '=', collection)
    .where('record_id', '=', recordId)
    .execute();
  return rows.map((r) => r.mutation_id);
}

/** Removes the conflict values a stored push result repeats (a retry would otherwise return them). */
export async function purgeProcessedResults(
  db: Kysely<Tables>,
  mutationIds: readonly string[],
): Promise<number> {
  let purged = 0;
  for (const id of new Set(mutationIds)) {
    const row = await db
      .selectFrom('processed_mutations')
      .select('result')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) continue;
    const result = fromJson(row.result, 'processed_mutations.result') as MutationResult;
    if (result.conflicts === undefined) continue;
    const blanked: MutationResult = {
      ...result,
      conflicts: result.conflicts.map((c) => ({ ...c, replacedValue: null, value: null })),
    };
    await db
      .updateTable('processed_mutations')
      .set({ result: toJson(blanked) })
      .where('id', '=', id)
      .execute();
    purged += 1;
  }
  return purged;
}
