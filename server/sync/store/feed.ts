// The change feed: records and conflicts, one sequence of change numbers (ARCHITECTURE.md,
// "Sync protocol", Pull).
//
// Why pages end on a whole change number. A push writes the record and the conflicts it caused
// in one transaction under ONE number (counters.ts), so several feed rows can share a number:
// the record at 7 and its conflicts at 7. The cursor is a number, and the next page starts after
// it (`version > cursor`). If a page stopped between the record at 7 and a conflict at 7, the
// next page would start after 7 and that conflict would never be pulled. So a page is: the first
// `limit` rows in (version, kind, id) order decide the last number `upTo`, and then EVERY row
// numbered up to `upTo` is returned, even if that runs a few rows past `limit` (at most one
// record plus one conflict per changed field). The next cursor is `upTo`; nothing at or below
// it is left behind, and nothing in this page is returned again.
//
// Why reading in two statements is safe. Numbers are taken from a locked counter row, so they
// commit in number order: once the first query has seen `upTo` committed, every row numbered up
// to `upTo` has committed too, and the second query sees them. A record re-written in between
// has moved to a higher number; it is then left out here and served on a later page at its new
// number, which is the latest state anyway.
import type { Kysely } from 'kysely';
import { conflictsInRange, type StoredConflict } from './conflicts';
import { recordsInRange, type StoredRecord } from '#server/platform/store/records';
import { readsNothing, scopeFilter, type ReadScope } from '#server/platform/store/scope';
import { exitFilter, exitsInRange, type ScopeExit } from '#server/platform/store/scope-exits';
import type { Tables } from '#server/platform/database/tables';

export interface FeedPage {
  records: StoredRecord[];
  conflicts: StoredConflict[];
  /** Records that left the reader's reach (a moved problem and its records; scope-exits.ts). */
  exits: ScopeExit[];
  /** The next cursor: the last change number the page covers (the old cursor if none). */
  cursor: number;
  hasMore: boolean;
}

function versionsAfter(db: Kysely<Tables>, cursor: number, scope: ReadScope) {
  const records = db
    .selectFrom('records')
    .select('version')
    .where('version', '>', cursor)
    .where(scopeFilter('records', scope));
  const conflicts = db
    .selectFrom('conflicts')
    .select('version')
    .where('version', '>', cursor)
    .where(scopeFilter('conflicts', scope));
  const exits = db
    .selectFrom('scope_exits')
    .select('version')
    .where('version', '>', cursor)
    .where(exitFilter(scope));
  return records.unionAll(conflicts).unionAll(exits);
}

export async function feedPage(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
): Promise<FeedPage> {
  const empty: FeedPage = { records: [], conflicts: [], exits: [], cursor, hasMore: false };
  if (readsNothing(scope)) return empty;
  const head = await versionsAfter(db, cursor, scope)
    .orderBy('version')
    .limit(limit + 1)
    .execute();
  const last = head[Math.min(limit, head.length) - 1];
  if (last === undefined) return empty;
  const upTo = last.version;
  const [records, conflicts, exits] = await Promise.all([
    recordsInRange(db, cursor, upTo, scope),
    conflictsInRange(db, cursor, upTo, scope),
    exitsInRange(db, cursor, upTo, scope),
  ]);
  // The row after the page decides hasMore unless it shares the page's last number (it is then
  // in this page already), in which case only a look further on can tell.
  const next = head[limit];
  let hasMore = false;
  if (next !== undefined) {
    hasMore =
      next.version > upTo ||
      (await versionsAfter(db, upTo, scope).orderBy('version').limit(1).execute()).length > 0;
  }
  return { records, conflicts, exits, cursor: upTo, hasMore };
}
