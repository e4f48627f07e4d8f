// SQL for moving a problem's records to its new team (server/problems/move.ts).
import type { Kysely } from 'kysely';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface ChildLocation {
  collection: string;
  id: string;
  teamId: string | null;
}

/**
 * Every record of these collections whose `problemId` is this problem, in any team (a record of
 * the problem left behind by an earlier failure must still follow it). The LIKE narrows the scan
 * in SQL (data is JSON written by JSON.stringify); the exact match is checked on the parsed data.
 * Moves are rare, so a scan of the child collections is acceptable here.
 */
export async function childLocations(
  db: Kysely<Tables>,
  problemId: string,
  collections: readonly string[],
): Promise<ChildLocation[]> {
  const rows = await db
    .selectFrom('records')
    .select(['collection', 'id', 'team_id', 'data'])
    .where('collection', 'in', [...collections])
    .where('data', 'like', `%"problemId":${JSON.stringify(problemId)}%`)
    .orderBy('version')
    .execute();
  return rows
    .filter((row) => (fromJson(row.data, 'records.data') as { problemId?: unknown }).problemId === problemId)
    .map((row) => ({ collection: row.collection, id: row.id, teamId: row.team_id }));
}

/**
 * Puts a record in its new team at a new change number. Its fields, their versions and authors
 * are untouched: a move is not an edit, so it neither conflicts with nor counts as one.
 */
export async function moveRecordTo(
  db: Kysely<Tables>,
  record: { collection: string; id: string },
  teamId: string,
  version: number,
): Promise<void> {
  await db
    .updateTable('records')
    .set({ team_id: teamId, version })
    .where('collection', '=', record.collection)
    .where('id', '=', record.id)
    .execute();
}

/** The conflicts kept on a record follow it, at the record's new number (feed.ts: one number). */
export async function moveConflictsTo(
  db: Kysely<Tables>,
  record: { collection: string; id: string },
  teamId: string,
  version: number,
): Promise<number> {
  const result = await db
    .updateTable('conflicts')
    .set({ team_id: teamId, version })
    .where('collection', '=', record.collection)
    .where('record_id', '=', record.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
