// SQL for the records that belong to a problem (actions, reviews), as the stage gates read them.
import type { Kysely } from 'kysely';
import type { Fields } from '#domain/merge';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface ChildRecord {
  id: string;
  data: Fields;
  deleted: boolean;
}

/**
 * The `collection` records of one problem. Children carry their problem's team, so the team
 * index narrows the scan and the problem id is matched in the JSON here; a `parent_id` column
 * can replace this if a team's actions ever grow into the tens of thousands.
 */
export async function childrenOf(
  db: Kysely<Tables>,
  collection: 'actions' | 'reviews' | 'nominations',
  problemId: string,
  teamId: string | null,
): Promise<ChildRecord[]> {
  let query = db.selectFrom('records').select(['id', 'data', 'deleted']).where('collection', '=', collection);
  query = teamId === null ? query.where('team_id', 'is', null) : query.where('team_id', '=', teamId);
  const rows = await query.execute();
  return rows
    .map((row) => ({
      id: row.id,
      data: fromJson(row.data, 'records.data') as Fields,
      deleted: row.deleted !== 0,
    }))
    .filter((r) => r.data.problemId === problemId);
}
