// All SQL for reading the `conflicts` collection (rows are written by insertConflicts in
// mutations.ts, inside the push transaction). Rows map to StoredConflict; the pull service turns
// them into the wire form from src/domain/conflicts.ts.
import type { Kysely } from 'kysely';
import type { ConflictRecord } from '#domain/conflicts';
import { fromJson } from '#server/platform/database/json';
import { readsNothing, scopeFilter, type ReadScope } from '#server/platform/store/scope';
import type { Tables } from '#server/platform/database/tables';

/** The wire form's fields (src/domain/conflicts.ts) plus the team that scopes who may read it. */
export type StoredConflict = Omit<ConflictRecord, 'deleted' | 'collection'> & {
  collection: string;
  teamId: string | null;
};

/** Readable conflicts with a change number in (after, upTo], in feed order. */
export async function conflictsInRange(
  db: Kysely<Tables>,
  after: number,
  upTo: number,
  scope: ReadScope,
): Promise<StoredConflict[]> {
  if (readsNothing(scope)) return [];
  const query = db
    .selectFrom('conflicts')
    .leftJoin('users as replaced', 'replaced.id', 'conflicts.replaced_by')
    .leftJoin('users as winner', 'winner.id', 'conflicts.by')
    .selectAll('conflicts')
    .select(['replaced.display_name as replaced_by_name', 'winner.display_name as by_name'])
    .where('conflicts.version', '>', after)
    .where('conflicts.version', '<=', upTo)
    .where(scopeFilter('conflicts', scope, { keyset: true }));
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
