// All SQL for scope exits (migration 0006): records that moved out of a team's reach. Written by
// the move of a problem (server/problems/move.ts), read by the change feed (server/sync/store/
// feed.ts), which serves each one to readers of the team it left as a `leftScope` change.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Tables } from '#server/platform/database/tables';
import type { ReadScope } from './scope';

export interface ScopeExit {
  collection: string;
  id: string;
  teamId: string;
  version: number;
}

export async function insertScopeExit(db: Kysely<Tables>, exit: ScopeExit): Promise<void> {
  await db
    .insertInto('scope_exits')
    .values({ collection: exit.collection, record_id: exit.id, team_id: exit.teamId, version: exit.version })
    .execute();
}

/** False when no exit can concern this reader (force-wide reading), so the feed skips the query. */
export function seesExits(scope: ReadScope): scope is Extract<ReadScope, { kind: 'scoped' }> {
  return scope.kind === 'scoped' && scope.teamCollections.length > 0 && scope.teamIds.length > 0;
}

/**
 * The exits this reader must hear about: of a collection they read by team, from one of their
 * teams, for a record they cannot read now. A reader of both teams, or of the collection
 * force-wide, never loses sight of the record, so is never told to drop it; and a record that
 * has come back to the reader's team is served at its newer number, so its old exit is left out.
 */
export function exitFilter(
  scope: ReadScope,
): (eb: ExpressionBuilder<Tables, 'scope_exits'>) => Expression<SqlBool> {
  return (eb) => {
    if (!seesExits(scope)) return eb.lit(false);
    const teamIds = [...scope.teamIds];
    return eb.and([
      eb('scope_exits.collection', 'in', [...scope.teamCollections]),
      eb('scope_exits.team_id', 'in', teamIds),
      eb.not(
        eb.exists(
          eb
            .selectFrom('records')
            .select('records.id')
            .whereRef('records.collection', '=', 'scope_exits.collection')
            .whereRef('records.id', '=', 'scope_exits.record_id')
            .where('records.team_id', 'in', teamIds),
        ),
      ),
    ]);
  };
}

/** The change numbers of this reader's first `limit` exits after `cursor` (a keyset read). */
export async function exitVersionsAfter(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
): Promise<number[]> {
  const rows = await db
    .selectFrom('scope_exits')
    .select('version')
    .where('version', '>', cursor)
    .where(exitFilter(scope))
    .orderBy('version')
    .limit(limit)
    .execute();
  return rows.map((r) => r.version);
}

/** How many exits for this reader follow `cursor`. */
export async function countExitsAfter(db: Kysely<Tables>, cursor: number, scope: ReadScope): Promise<number> {
  const row = await db
    .selectFrom('scope_exits')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('version', '>', cursor)
    .where(exitFilter(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Exits for this reader with a change number in (after, upTo], in feed order. */
export async function exitsInRange(
  db: Kysely<Tables>,
  after: number,
  upTo: number,
  scope: ReadScope,
): Promise<ScopeExit[]> {
  const rows = await db
    .selectFrom('scope_exits')
    .selectAll()
    .where('version', '>', after)
    .where('version', '<=', upTo)
    .where(exitFilter(scope))
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    collection: r.collection,
    id: r.record_id,
    teamId: r.team_id,
    version: r.version,
  }));
}
