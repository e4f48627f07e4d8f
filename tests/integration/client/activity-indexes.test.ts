// The activities' indexes (activity-indexes.ts): "My activity" reads the owner's own, Today and the
// map the recent ones, a problem's history its linked ones by a numeric key. Only those rows carry
// the indexed fields, every write path gives them, no reader sees them, a clock put back is caught,
// a key two problems share lets in no other problem's activity, and a device upgraded from the
// `createdBy`, `startedAt` and `problemId` indexes finds the same activities as before (and tells
// the opening screen how far the upgrade has got).
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Activity, ActivityFields } from '#domain/patrol/activities';
import type { Me } from '#domain/session';
import { createActivitiesRepository } from '#client/patrol/data/activities';
import {
  checkRecentIndex,
  OWN_STARTED_AT,
  PROBLEM_KEY,
  problemKeyOf,
  RECENT_STARTED_AT,
} from '#client/platform/db/activity-indexes';
import { readHistoryView } from '#client/problems/data/history';
import { activitiesSince } from '#client/patrol/data/today';
import { applyPulledPage } from '#client/platform/db/pull';
import { openUserDb, userDbName, type BeatbookDb } from '#client/platform/db/schema';
import { upgradeProgress, watchUpgrade, type UpgradeProgress } from '#client/platform/db/upgrade-progress';
import { STORES_V7 } from './old-schemas';
import { sampleActivityFields } from './harness';

const fields: ActivityFields = sampleActivityFields;

type Pulled = Activity & { version: number };

function pulled(createdBy: string, startedAt: string, version: number, teamId = 'north'): Pulled {
  return {
    ...fields,
    teamId,
    startedAt,
    id: uuidv7(),
    version,
    createdAt: startedAt,
    createdBy,
    updatedAt: startedAt,
    updatedBy: createdBy,
    deleted: false,
  };
}

/** What "My activity" shows, once. */
function mine(db: BeatbookDb, me: Me): Promise<Activity[]> {
  return new Promise((done) => {
    const stop = createActivitiesRepository(db, me).watchMine((rows) => {
      queueMicrotask(stop);
      done(rows);
    });
  });
}

/** Puts a row straight into IndexedDB, past the app's middleware. */
async function rawPut(name: string, row: Record<string, unknown>): Promise<void> {
  const idb = await new Promise<IDBDatabase>((done) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      done(open.result);
    };
  });
  try {
    const tx = idb.transaction('activities', 'readwrite');
    tx.objectStore('activities').put(row);
    await new Promise((done) => {
      tx.oncomplete = done;
    });
  } finally {
    idb.close();
  }
}

/** A raw IndexedDB index: how many entries it holds, and one stored row as it is on disk. */
async function rawIndex(
  name: string,
  id: string,
  index: string = OWN_STARTED_AT,
): Promise<{ entries: number; row: unknown }> {
  const idb = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      done(open.result);
    };
    open.onerror = () => {
      fail(open.error ?? new Error('open failed'));
    };
  });
  try {
    const store = idb.transaction('activities').objectStore('activities');
    const ask = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((done) => {
        request.onsuccess = () => {
          done(request.result);
        };
      });
    return { entries: await ask(store.index(index).count()), row: await ask(store.get(id)) };
  } finally {
    idb.close();
  }
}

describe("the owner's activities", () => {
  let me: Me;
  let db: BeatbookDb;

  beforeEach(async () => {
    me = { id: `pc1-${uuidv7()}`, username: 'pc1', displayName: 'PC One', role: 'officer', teams: [] };
    db = openUserDb(me.id);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(userDbName(me.id));
  });

  it('are listed newest first from a pull and from logging one, and nobody else’s are', async () => {
    const own = pulled(me.id, '2026-03-01T09:00:00.000Z', 1);
    const ownLater = pulled(me.id, '2026-03-02T09:00:00.000Z', 2);
    const colleague = pulled('pc2', '2026-03-04T09:00:00.000Z', 3);
    await applyPulledPage(
      db,
      [own, colleague, ownLater].map((record) => ({ collection: 'activities', record })),
      3,
    );
    expect((await mine(db, me)).map((a) => a.id)).toEqual([ownLater.id, own.id]);

    const logged = await createActivitiesRepository(db, me).create(fields, []);
    expect((await mine(db, me)).map((a) => a.id)).toEqual([logged.id, ownLater.id, own.id]);
    expect((await rawIndex(userDbName(me.id), colleague.id)).entries).toBe(3);
  });

  it('move in the list when their start time is edited', async () => {
    const repo = createActivitiesRepository(db, me);
    const first = await repo.create(fields, []);
    const second = await repo.create({ ...fields, startedAt: '2026-03-04T10:00:00.000Z' }, []);
    expect((await mine(db, me)).map((a) => a.id)).toEqual([second.id, first.id]);

    await repo.update(first.id, { startedAt: '2026-03-05T10:00:00.000Z' }, []);
    expect((await mine(db, me)).map((a) => a.id)).toEqual([first.id, second.id]);
    const { row } = await rawIndex(userDbName(me.id), first.id);
    expect(row).toMatchObject({ [OWN_STARTED_AT]: '2026-03-05T10:00:00.000Z' });
  });

  it('carry the index fields on disk only: no read hands them to the app', async () => {
    const own = { ...pulled(me.id, daysAgo(1), 1), problemId: uuidv7() };
    await applyPulledPage(db, [{ collection: 'activities', record: own }], 1);
    expect((await rawIndex(userDbName(me.id), own.id)).row).toMatchObject({
      [OWN_STARTED_AT]: own.startedAt,
      [RECENT_STARTED_AT]: own.startedAt,
      [PROBLEM_KEY]: problemKeyOf(own.problemId),
    });

    const each: Activity[] = [];
    await db.activities.each((a) => {
      each.push(a);
    });
    const reads = [
      await db.activities.get(own.id),
      ...(await db.activities.bulkGet([own.id])),
      ...(await db.activities.toArray()),
      ...(await activitiesSince(db, me, daysAgo(8))),
      ...each,
      ...(await mine(db, me)),
    ];
    expect(reads).toHaveLength(6);
    for (const read of reads) expect(read).toEqual(own);
  });

  it("of a problem are in its history, found by the problem's key, and another problem's are not", async () => {
    const problemId = uuidv7();
    const linked = [1, 2, 3].map((n) => ({ ...pulled('pc2', daysAgo(90 + n), n), problemId }));
    const elsewhere = { ...pulled('pc2', daysAgo(95), 4), problemId: uuidv7() };
    const unlinked = pulled('pc2', daysAgo(96), 5);
    await applyPulledPage(
      db,
      [...linked, elsewhere, unlinked].map((record) => ({ collection: 'activities', record })),
      5,
    );
    // A row of another problem whose id happens to give the same key (written past the app).
    const clash = { ...pulled('pc2', daysAgo(97), 6), problemId: uuidv7() };
    await rawPut(userDbName(me.id), { ...clash, [PROBLEM_KEY]: problemKeyOf(problemId) });

    const history = await readHistoryView(db, problemId);
    expect(history.activities.map((a) => a.id).sort()).toEqual(linked.map((a) => a.id).sort());
    // Five rows name a problem (the clash included); the unlinked one has no entry.
    expect((await rawIndex(userDbName(me.id), clash.id, PROBLEM_KEY)).entries).toBe(5);
  });
});

const DAY = 86_400_000;
const daysAgo = (days: number, from = Date.now()): string => new Date(from - days * DAY).toISOString();

describe('recent activities (Today and the map)', () => {
  let me: Me;
  let db: BeatbookDb;

  beforeEach(async () => {
    me = {
      id: `pc1-${uuidv7()}`,
      username: 'pc1',
      displayName: 'PC One',
      role: 'officer',
      teams: [{ id: 'north', name: 'North' }],
    };
    db = openUserDb(me.id);
    await db.open();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(userDbName(me.id));
  });

  it("are my teams' and mine from the window, in the index; older ones are not", async () => {
    const recent = pulled('pc2', daysAgo(2), 1);
    // Written with an offset: the index holds it in UTC, so it sorts by the moment it started.
    const offset = { ...pulled('pc3', daysAgo(1), 2), startedAt: daysAgo(1).replace('Z', '+00:00') };
    const otherTeam = pulled('pc4', daysAgo(1), 3, 'south');
    const old = pulled('pc2', daysAgo(60), 4);
    await applyPulledPage(
      db,
      [recent, offset, otherTeam, old].map((record) => ({ collection: 'activities', record })),
      4,
    );
    const logged = await createActivitiesRepository(db, me).create({ ...fields, startedAt: daysAgo(0) }, []);

    const since = daysAgo(8);
    expect((await activitiesSince(db, me, since)).map((a) => a.id).sort()).toEqual(
      [recent.id, offset.id, logged.id].sort(),
    );
    // Three of ours and one of another team's are recent; the 60-day-old one has no entry.
    expect((await rawIndex(userDbName(me.id), old.id, RECENT_STARTED_AT)).entries).toBe(4);
    // A start before what the index holds is read from every activity, and is still complete.
    expect((await activitiesSince(db, me, daysAgo(90))).map((a) => a.id)).toContain(old.id);
  });

  it('are found after the clock stood weeks ahead when they were written and was put back', async () => {
    const now = Date.now();
    const ahead = now + 45 * DAY;
    vi.spyOn(Date, 'now').mockReturnValue(ahead);
    const written = pulled('pc2', daysAgo(2, now), 1);
    await applyPulledPage(db, [{ collection: 'activities', record: written }], 1);
    await checkRecentIndex(db, ahead);
    vi.restoreAllMocks();

    // At the true time the activity is two days old, but it was written as 47 days old.
    expect(await activitiesSince(db, me, daysAgo(8, now), now)).toEqual([]);
    await checkRecentIndex(db, now);
    expect(await activitiesSince(db, me, daysAgo(8, now), now)).toEqual([written]);
  });
});

describe('a device upgraded from the createdBy, startedAt and problemId indexes', () => {
  it('finds its own, its recent and its linked activities, and only those are in the new indexes', async () => {
    const userId = `upgrade-${uuidv7()}`;
    // The activities store as version 7 left it (the other stores as they were).
    const old = new Dexie(userDbName(userId));
    old.version(7).stores(STORES_V7);
    const own = pulled(userId, '2026-03-01T09:00:00.000Z', 1);
    const colleague = pulled('pc2', '2026-03-02T09:00:00.000Z', 2);
    const recent = pulled('pc2', daysAgo(1), 3);
    const problemId = uuidv7();
    const linked = { ...pulled('pc2', '2026-03-03T09:00:00.000Z', 4), problemId };
    await old.table('activities').bulkPut([own, colleague, recent, linked]);
    old.close();

    const reports: (UpgradeProgress | null)[] = [];
    const stopWatching = watchUpgrade(() => reports.push(upgradeProgress()));
    const db = openUserDb(userId);
    try {
      await db.open();
      stopWatching();
      // What the opening screen showed: none written of four, all four, and then no upgrade.
      expect(reports).toEqual([{ done: 0, total: 4 }, { done: 4, total: 4 }, null]);
      const me: Me = {
        id: userId,
        username: 'u',
        displayName: 'U',
        role: 'officer',
        teams: [{ id: 'north', name: 'North' }],
      };
      expect(await mine(db, me)).toEqual([own]);
      expect(await activitiesSince(db, me, daysAgo(8))).toEqual([recent]);
      expect(await db.activities.get(colleague.id)).toEqual(colleague);
      expect((await readHistoryView(db, problemId)).activities.map((a) => a.id)).toEqual([linked.id]);
      db.close();
      expect((await rawIndex(userDbName(userId), own.id)).entries).toBe(1);
      expect((await rawIndex(userDbName(userId), own.id, RECENT_STARTED_AT)).entries).toBe(1);
      expect((await rawIndex(userDbName(userId), own.id, PROBLEM_KEY)).entries).toBe(1);
    } finally {
      stopWatching();
      db.close();
      await Dexie.delete(userDbName(userId));
    }
  });
});
