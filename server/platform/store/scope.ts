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

/**
 * The filter for a query over `records` or `conflicts` (call only when !readsNothing(scope)).
 *
 * `keyset`: the query walks the version index from a cursor (`version > c ORDER BY version
 * LIMIT n`, the change feed). Without it SQLite picks the primary key for `collection IN (…)`,
 * reads EVERY row after the cursor and sorts them (EXPLAIN QUERY PLAN: "USE TEMP B-TREE FOR
 * ORDER BY"), so a page's cost grows with the feed left behind it. Written as `collection || ''`
 * the columns cannot drive an index (the same on PostgreSQL, and `null || ''` stays null, so a
 * row without a team still matches no team), which leaves the ordered version index scan that
 * stops after n matching rows. Server/README.md shows both plans.
 */
export function scopeFilter<T extends ScopedTable>(
  table: T,
  scope: ReadScope,
  options: { keyset?: boolean } = {},
): (eb: ExpressionBuilder<Tables, T>) => Expression<SqlBool> {
  return (eb) => {
    if (scope.kind === 'all') return eb.lit(true);
    const unindexed = (column: string) =>
      options.keyset === true ? sql`(${sql.ref(column)} || '')` : sql.ref(column);
    const collection = unindexed(`${table}.collection`);
    const team = unindexed(`${table}.team_id`);
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
