// The read scope of the change feed as SQL: which rows of `records` or `conflicts` a reader may
// see. The scope is resolved from the domain access table (server/sync/access.ts); this file
// only turns it into a WHERE clause, the same for records and for the conflicts they caused.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Tables } from '#server/platform/database/tables';

/** Who may read what, already resolved from the user's role and teams. */
export type ReadScope =
  | { kind: 'all' }
  | {
      kind: 'scoped';
      /** Collections read force-wide. */
      anyCollections: readonly string[];
      /** Collections read only where the row's team is one of `teamIds`. */
      teamCollections: readonly string[];
      teamIds: readonly string[];
    };

/** True when the scope can match no row, so callers can skip the query. */
export function readsNothing(scope: ReadScope): boolean {
  return (
    scope.kind === 'scoped' &&
    scope.anyCollections.length === 0 &&
    (scope.teamCollections.length === 0 || scope.teamIds.length === 0)
  );
}

type ScopedTable = 'records' | 'conflicts';

/** The filter for a query over `records` or `conflicts` (call only when !readsNothing(scope)). */
export function scopeFilter<T extends ScopedTable>(
  table: T,
  scope: ReadScope,
): (eb: ExpressionBuilder<Tables, T>) => Expression<SqlBool> {
  return (eb) => {
    if (scope.kind === 'all') return eb.lit(true);
    const collection = sql.ref(`${table}.collection`);
    const team = sql.ref(`${table}.team_id`);
    const within = (values: readonly string[]) => sql.join(values.map((v) => sql.val(v)));
    const branches: Expression<SqlBool>[] = [];
    if (scope.anyCollections.length > 0)
      branches.push(sql<SqlBool>`${collection} in (${within(scope.anyCollections)})`);
    if (scope.teamCollections.length > 0 && scope.teamIds.length > 0)
      branches.push(
        sql<SqlBool>`(${collection} in (${within(scope.teamCollections)}) and ${team} in (${within(scope.teamIds)}))`,
      );
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}
