// All SQL for reading the `conflicts` collection (rows are written by insertConflicts in
// mutations.ts, inside the push transaction). Rows map to StoredConflict; the pull service turns
// them into the wire form from src/domain/conflicts.ts.
import type { Kysely } from 'kysely';
import { fromJson } from './json';
import type { ReadScope } from './records';
import type { Tables } from './tables';

export interface StoredConflict {
  id: string;
  collection: string;
  recordId: string;
  teamId: string | null;
  mutationId: string;
  version: number;
  field: string;
  replacedValue: unknown;
  replacedBy: string;
  /** From the users table at read time, so a renamed officer shows under the new name. */
  replacedByName: string | null;
  replacedAt: string;
  value: unknown;
  by: string;
  byName: string | null;
  at: string;
}

/** Readable conflicts with a change number in (after, upTo], in feed order. */
export async function conflictsInRange(
  db: Kysely<Tables>,
  after: number,
  upTo: number,
  scope: ReadScope,
): Promise<StoredConflict[]> {
  if (scope.kind === 'none' || (scope.kind === 'teams' && scope.teamIds.length === 0)) return [];
  let query = db
    .selectFrom('conflicts')
    .leftJoin('users as replaced', 'replaced.id', 'conflicts.replaced_by')
    .leftJoin('users as winner', 'winner.id', 'conflicts.by')
    .selectAll('conflicts')
    .select(['replaced.display_name as replaced_by_name', 'winner.display_name as by_name'])
    .where('conflicts.version', '>', after)
    .where('conflicts.version', '<=', upTo);
  if (scope.kind === 'teams') query = query.where('conflicts.team_id', 'in', scope.teamIds);
  const rows = await query.orderBy('conflicts.version').orderBy('conflicts.id').execute();
  return rows.map((row) => ({
    id: row.id,
    collection: row.collection,
    recordId: row.record_id,
    teamId: row.team_id,
    mutationId: row.mutation_id,
    version: row.version,
    field: row.field,
    replacedValue: fromJson(row.replaced_value, 'conflicts.replaced_value'),
    replacedBy: row.replaced_by,
    replacedByName: row.replaced_by_name,
    replacedAt: row.replaced_at,
    value: fromJson(row.value, 'conflicts.value'),
    by: row.by,
    byName: row.by_name,
    at: row.at,
  }));
}
