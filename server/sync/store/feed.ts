// The change feed: records, conflicts and scope exits, one sequence of change numbers
// (ARCHITECTURE.md, "Sync protocol", Pull).
//
// Why a page costs the same wherever it starts. Each source is read by a keyset query: `version >
// cursor ORDER BY version LIMIT n` over the table's index on version (records.version is unique,
// conflicts_version indexes conflicts; scope exits are few, one per record a move took away), so
// the database walks the index from the cursor and stops after n readable rows. The old query
// took the union of the tables, filtered and sorted ALL the rows after the cursor and only then
// limited them: 181 ms for the first page of a 110,000 record force, 0.2 ms for the last, so a
// whole sync grew with the square of the feed. The heads are merged here (page-end.ts), which is
// what the union did.
//
// Why pages end on a whole change number. A push writes the record and the conflicts it caused
// in one transaction under ONE number (counters.ts), so several feed rows can share a number:
// the record at 7 and its conflicts at 7 (a move's exits also share numbers). The cursor is a
// number, and the next page starts after it (`version > cursor`). If a page stopped between the
// record at 7 and a conflict at 7, the next page would start after 7 and that conflict would
// never be pulled. So the first rows of the merged feed (up to `limit` rows and `maxBytes` bytes)
// decide the last number `upTo`, and then EVERY row numbered up to `upTo` is returned, even if
// that runs a few rows past the limit. The next cursor is `upTo`; nothing at or below it is left
// behind, and nothing in this page is returned again.
//
// Why reading in several statements is safe. Numbers are taken from a locked counter row, so they
// commit in number order: once a query has seen `upTo` committed, every row numbered up to
// `upTo` has committed too, and a later query sees them. A record re-written in between has moved
// to a higher number; it is then left out here and served on a later page at its new number,
// which is the latest state anyway.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { conflictsInRange, type StoredConflict } from './conflicts';
import { CONFLICT_BYTES, EXIT_BYTES, pageEnd } from './page-end';
import { readsNothing, scopeFilter, type ReadScope } from '#server/platform/store/scope';
import {
  countExitsAfter,
  exitsInRange,
  exitVersionsAfter,
  seesExits,
  type ScopeExit,
} from '#server/platform/store/scope-exits';
import type { RecordsTable, Tables } from '#server/platform/database/tables';

/** A record row as the feed serves it: `data` stays the stored JSON text (see pull.ts). */
export type FeedRecord = Omit<RecordsTable, 'origin_version' | 'field_versions' | 'field_authors'>;

export interface FeedPage {
  records: FeedRecord[];
  conflicts: StoredConflict[];
  /** Records that left the reader's reach (a moved problem and its records; scope-exits.ts). */
  exits: ScopeExit[];
  /** The next cursor: the last change number the page covers (the old cursor if none). */
  cursor: number;
  hasMore: boolean;
}

/** What a record adds to the page beyond its data text: the envelope fields and the wrapping. */
const RECORD_OVERHEAD_BYTES = 330;

/** The page's record read, unexecuted, so the bench can show its plan (tests/bench/sync/plans.ts). */
export function recordsAfterQuery(db: Kysely<Tables>, cursor: number, limit: number, scope: ReadScope) {
  return db
    .selectFrom('records')
    .select([
      'collection',
      'id',
      'team_id',
      'version',
      'deleted',
      'data',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'reference',
    ])
    .where('version', '>', cursor)
    .where(scopeFilter('records', scope, { keyset: true }))
    .orderBy('version')
    .limit(limit);
}

/** The first step of a page's record read assumes rows this large; later steps use the rows read. */
const FIRST_STEP_ROW_BYTES = 2000;

/**
 * The record head of a page: up to `limit` rows, read in steps sized by the byte budget, so that
 * the budget (which ends most pages) and not the row limit decides how many rows are read. A page
 * of activities holds about 1,200 of the 2,000 rows the app may ask for, and each row read costs
 * an index walk and a table look-up: reading them all cost a third of a page's database time.
 * Reading stops once a row past the budget is in hand (so `hasMore` is known), or the head ends.
 */
async function recordsAfter(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
  maxBytes: number,
): Promise<FeedRecord[]> {
  if (!Number.isFinite(maxBytes)) return recordsAfterQuery(db, cursor, limit, scope).execute();
  const rows: FeedRecord[] = [];
  let bytes = 0;
  for (;;) {
    const perRow = rows.length === 0 ? FIRST_STEP_ROW_BYTES : bytes / rows.length;
    const step = Math.min(limit - rows.length, Math.ceil(Math.max(0, maxBytes - bytes) / perRow) + 2);
    const chunk = await recordsAfterQuery(db, rows.at(-1)?.version ?? cursor, step, scope).execute();
    for (const row of chunk) {
      // A row read after the budget was already spent is the look past the page: enough.
      if (bytes >= maxBytes) return [...rows, row];
      rows.push(row);
      bytes += row.data.length + RECORD_OVERHEAD_BYTES;
    }
    if (chunk.length < step || rows.length >= limit) return rows;
  }
}

async function conflictVersionsAfter(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
): Promise<number[]> {
  const rows = await db
    .selectFrom('conflicts')
    .select('version')
    .where('version', '>', cursor)
    .where(scopeFilter('conflicts', scope, { keyset: true }))
    .orderBy('version')
    .limit(limit)
    .execute();
  return rows.map((r) => r.version);
}

/**
 * Runs the page's reads so that PostgreSQL walks the version index. Its planner estimates how
 * many rows the scope filter keeps, and for the first pages of a large feed it chose a sequential
 * scan of the whole table plus a top-N sort (EXPLAIN ANALYZE: 90 ms at cursor 0 against 1.9 ms
 * for the same page near the end). With sorting priced out for this transaction only, the index
 * on version, which is already in order, is the plan left. SQLite needs no hint (scope.ts).
 */
function orderedScan<T>(db: Kysely<Tables>, work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_sort = off`.execute(trx);
    return work(trx);
  });
}

export function feedPage(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<FeedPage> {
  if (readsNothing(scope))
    return Promise.resolve({ records: [], conflicts: [], exits: [], cursor, hasMore: false });
  return orderedScan(db, (reader) => readPage(reader, cursor, limit, scope, maxBytes));
}

async function readPage(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
  maxBytes: number,
): Promise<FeedPage> {
  const empty: FeedPage = { records: [], conflicts: [], exits: [], cursor, hasMore: false };
  // One row past the limit from each source tells whether anything follows the page.
  const [recordRows, conflictVersions, exitVersions] = await Promise.all([
    recordsAfter(db, cursor, limit + 1, scope, maxBytes),
    conflictVersionsAfter(db, cursor, limit + 1, scope),
    seesExits(scope) ? exitVersionsAfter(db, cursor, limit + 1, scope) : Promise.resolve([]),
  ]);
  // Within one number: a scope exit, then the record, then the conflicts it caused (pull.ts).
  const upTo = pageEnd(
    [
      { versions: exitVersions, bytes: () => EXIT_BYTES },
      {
        versions: recordRows.map((r) => r.version),
        bytes: (i) => (recordRows[i]?.data.length ?? 0) + RECORD_OVERHEAD_BYTES,
      },
      { versions: conflictVersions, bytes: () => CONFLICT_BYTES },
    ],
    limit,
    maxBytes,
  );
  if (upTo === undefined) return empty;
  // Record numbers are unique, so every record up to `upTo` is among the rows read; conflicts and
  // exits of one write share its number, so theirs are read again by range.
  const records = recordRows.filter((row) => row.version <= upTo);
  const [conflicts, exits] = await Promise.all([
    conflictVersions.some((v) => v <= upTo) ? conflictsInRange(db, cursor, upTo, scope) : [],
    exitVersions.some((v) => v <= upTo) ? exitsInRange(db, cursor, upTo, scope) : [],
  ]);
  let hasMore =
    records.length < recordRows.length ||
    conflictVersions.some((v) => v > upTo) ||
    exitVersions.some((v) => v > upTo);
  // Every head row of a full source shared the last number: only a look past it can tell.
  if (!hasMore && conflictVersions.length > limit)
    hasMore = (await conflictVersionsAfter(db, upTo, 1, scope)).length > 0;
  if (!hasMore && exitVersions.length > limit)
    hasMore = (await exitVersionsAfter(db, upTo, 1, scope)).length > 0;
  return { records, conflicts, exits, cursor: upTo, hasMore };
}

/**
 * About how many rows the reader's feed holds after `cursor` (records, conflicts and exits): the
 * total a long download is measured against (pull.ts). Read once per pull, when it has pages.
 */
export async function countAfter(db: Kysely<Tables>, cursor: number, scope: ReadScope): Promise<number> {
  if (readsNothing(scope)) return 0;
  const [records, conflicts, exits] = await Promise.all([
    db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('version', '>', cursor)
      .where(scopeFilter('records', scope))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('conflicts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('version', '>', cursor)
      .where(scopeFilter('conflicts', scope))
      .executeTakeFirstOrThrow(),
    seesExits(scope) ? countExitsAfter(db, cursor, scope) : Promise.resolve(0),
  ]);
  return Number(records.n) + Number(conflicts.n) + exits;
}
