// The activities' indexes (issue 16). Every index entry is one more write per stored row, and a
// prevention lead's device holds the whole force's activities (100,000 in the bench), so each
// index on them cost 0.7 s or more of a first download. The screens need less than an index over
// every row of every field they ask by:
// - "My activity" lists the owner's own activities: `ownStartedAt`, only on the owner's rows;
// - Today, the map and the workload read activities of the last days (`windowStart`, 8 days):
//   `recentStartedAt`, only on rows whose start was at most RECENT_DAYS before the moment they
//   were written. A row that starts within the window now was written after it started minus
//   RECENT_DAYS (or before it started), so it carries the field, unless the device's clock stood
//   more than RECENT_DAYS minus the window ahead when it was written. `checkRecentIndex` puts that
//   right when it sees the clock has gone back that far.
// - A problem's history reads the activities linked to it: `problemKey`, a 52-bit number made from
//   the problem's id. IndexedDB keeps string keys as UTF-16, so a 36-character id is 72 bytes in
//   every entry; the number is 8 (0.3 s of 110,000 raw IndexedDB writes). Two ids can share a key,
//   so the history keeps only rows whose `problemId` is the problem's.
// IndexedDB leaves a row without the field out of the index. The start-time fields are in UTC
// (`toISOString`), so those indexes are in time order whatever offset the time was written with.
//
// The fields are the database's, not the record's: a Dexie middleware sets them on every write to
// `activities` (so no write path can forget them) and a reading hook takes them off every row read
// (so no view, edit or export ever sees them).
import type { Dexie } from 'dexie';
import type { Activity } from '#domain/patrol/activities';

/** The index (and stored field) holding the owner's activities by start time. */
export const OWN_STARTED_AT = 'ownStartedAt';
/** The index (and stored field) holding recently started activities by start time. */
export const RECENT_STARTED_AT = 'recentStartedAt';
/** The index (and stored field) holding activities by the problem they are linked to. */
export const PROBLEM_KEY = 'problemKey';
/** How far back from the moment it is written an activity's start still counts as recent. */
export const RECENT_DAYS = 40;
const DAY_MS = 86_400_000;
const CLOCK_KEY = 'recentIndexClock';

type Stored = Activity & { ownStartedAt?: string; recentStartedAt?: string; problemKey?: number };

/** A problem id as a 52-bit number (two 32-bit FNV-1a hashes): the `problemKey` index's key. */
export function problemKeyOf(problemId: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < problemId.length; i += 1) {
    const c = problemId.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** The earliest start a query of the recent index may ask for, at `now`, and be complete. */
export function recentIndexFloor(now: number): string {
  // The window is 8 days; the rest of RECENT_DAYS is what the clock may have been ahead.
  return new Date(now - (RECENT_DAYS / 2) * DAY_MS).toISOString();
}

function withIndexFields(value: unknown, ownerId: string, now: number): Stored {
  const row = value as Stored;
  const start = Date.parse(row.startedAt);
  const isOwn = row.createdBy === ownerId;
  const isRecent = start >= now - RECENT_DAYS * DAY_MS;
  // Most rows a download writes are neither: no date is formatted for them.
  const utc = (isOwn || isRecent) && !Number.isNaN(start) ? new Date(start).toISOString() : undefined;
  const own = isOwn ? utc : undefined;
  const recent = isRecent ? utc : undefined;
  const problem = typeof row.problemId === 'string' ? problemKeyOf(row.problemId) : undefined;
  if (row.ownStartedAt === own && row.recentStartedAt === recent && row.problemKey === problem) return row;
  // A row as the app hands it over has none of the fields: a plain copy, nothing to delete.
  const out: Stored = hasIndexFields(row) ? withoutIndexFields(row) : { ...row };
  if (own !== undefined) out.ownStartedAt = own;
  if (recent !== undefined) out.recentStartedAt = recent;
  if (problem !== undefined) out.problemKey = problem;
  return out;
}

function withoutIndexFields(row: Stored): Stored {
  const out = { ...row };
  delete out.ownStartedAt;
  delete out.recentStartedAt;
  delete out.problemKey;
  return out;
}

const hasIndexFields = (row: Stored): boolean =>
  OWN_STARTED_AT in row || RECENT_STARTED_AT in row || PROBLEM_KEY in row;

/** Installs the write middleware and the reading hook; call before the database opens. */
export function maintainActivityIndexes(
  db: Dexie,
  ownerId: string,
  clock: () => number = () => Date.now(),
): void {
  db.use({
    stack: 'dbcore',
    name: 'ActivityIndexes',
    // Above Dexie's own observability layer (level 0), so live queries on the indexes see the fields.
    level: 10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'activities') return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
            const now = clock();
            return table.mutate({ ...req, values: req.values.map((v) => withIndexFields(v, ownerId, now)) });
          },
        };
      },
    }),
  });
  // Dexie fires the hook for a get that found nothing, too.
  db.table('activities').hook('reading', (row: Stored | undefined) =>
    row !== undefined && hasIndexFields(row) ? withoutIndexFields(row) : row,
  );
}

/**
 * Called when a workspace opens. If the clock now reads far earlier than it did when the device
 * last wrote (it stood ahead, and was put right), rows written meanwhile may lack the recent
 * field although they started within the window: they are written again, which gives it them.
 */
export async function checkRecentIndex(db: Dexie, now: number): Promise<void> {
  const meta = db.table<{ key: string; value: unknown }, string>('meta');
  const activities = db.table<Activity, string>('activities');
  await db.transaction('rw', [meta, activities], async () => {
    const seen = (await meta.get(CLOCK_KEY))?.value;
    const latest = typeof seen === 'number' ? seen : now;
    if (now < latest - (RECENT_DAYS / 2) * DAY_MS) {
      const floor = now - RECENT_DAYS * DAY_MS;
      const rows = await activities.filter((a) => Date.parse(a.startedAt) >= floor).toArray();
      await activities.bulkPut(rows);
    }
    if (typeof seen !== 'number' || now > seen) await meta.put({ key: CLOCK_KEY, value: now });
  });
}
