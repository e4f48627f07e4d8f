// Conflicts kept (ARCHITECTURE.md, "Sync protocol" step 3, and the `conflicts` collection):
// edited on two devices, the replaced value reaches both officers and their team, never another
// team; a delete crossed with an edit; and paging where one change number carries a record and
// the conflicts its write caused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictRecordSchema, type ConflictRecord } from '#domain/conflicts';
import { uuidv7 } from '#domain/ids';
import { pullResponseSchema, type PulledChange } from '#domain/sync';
import { client, create, databaseNames, edit, signIn, startServer, type TestServer } from './helper';

type Client = ReturnType<typeof client>;

async function pullAll(c: Client, limit = 500): Promise<PulledChange[]> {
  const all: PulledChange[] = [];
  let cursor = 0;
  for (let page = 0; page < 1000; page++) {
    const res = await c.pull(cursor, limit);
    expect(pullResponseSchema.safeParse(res).success).toBe(true);
    all.push(...res.changes);
    if (!res.hasMore) return all;
    expect(res.cursor).toBeGreaterThan(cursor);
    cursor = res.cursor;
  }
  throw new Error('pull did not end');
}

const conflictsOf = (changes: PulledChange[], recordId: string): ConflictRecord[] =>
  changes
    .filter((c) => c.collection === 'conflicts')
    .map((c) => conflictRecordSchema.parse(c.record))
    .filter((c) => c.recordId === recordId);

describe.each(databaseNames)('conflicts on %s', (db) => {
  let s: TestServer;
  let north1: Client;
  let north2: Client;
  let south1: Client;
  let sup: Client;
  let lead: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    north2 = client(s.app, await signIn(s.app, 'north2'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    sup = client(s.app, await signIn(s.app, 'sup'));
    lead = client(s.app, await signIn(s.app, 'lead'));
    const users = await s.store.db.selectFrom('users').select(['id', 'username']).execute();
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => {
    await s.close();
  });

  it('edited on two devices: the replaced location is pulled by its author, the winner and the team, under the winning write’s number', async () => {
    const m = create();
    const base = (await north1.push(m)).results[0]?.version ?? 0;
    // Both officers edited the location offline from the same copy; north1 synced first.
    await north1.push(edit(m.recordId, base, { locationText: 'Mill Lane' }, '2026-03-02T09:00:00.000Z'));
    const late = await north2.push(
      edit(m.recordId, base, { locationText: 'Station Road' }, '2026-03-02T09:05:00.000Z'),
    );
    const version = late.results[0]?.version;
    expect(late.results[0]).toMatchObject({ status: 'merged', conflicts: [{ field: 'locationText' }] });

    const expected = {
      version,
      deleted: false,
      collection: 'problems',
      recordId: m.recordId,
      field: 'locationText',
      replacedValue: 'Mill Lane',
      replacedBy: ids.north1,
      replacedByName: 'north1',
      replacedAt: '2026-03-02T09:00:00.000Z',
      value: 'Station Road',
      by: ids.north2,
      byName: 'north2',
      at: '2026-03-02T09:05:00.000Z',
      mutationId: late.results[0]?.mutationId,
    };
    for (const reader of [north1, north2, sup, lead]) {
      const changes = await pullAll(reader);
      expect(conflictsOf(changes, m.recordId)).toEqual([{ ...expected, id: expect.any(String) as string }]);
      // The record itself is at the same number as its conflict.
      expect(changes.find((c) => c.record.id === m.recordId)?.record).toMatchObject({
        version,
        locationText: 'Station Road',
      });
    }
    expect(conflictsOf(await pullAll(south1), m.recordId)).toEqual([]);
  });

  it('a conflict in the south team reaches south and its supervisor, never north', async () => {
    const m = create(uuidv7(), {
      teamId: 'south',
      title: 'South problem',
      problemType: 'asb_youth',
      description: '',
      locationText: 'South Street',
      status: 'scanning',
    });
    const base = (await south1.push(m)).results[0]?.version ?? 0;
    await south1.push(edit(m.recordId, base, { title: 'South, first' }));
    await sup.push(edit(m.recordId, base, { title: 'South, second' }));
    expect(conflictsOf(await pullAll(south1), m.recordId)).toHaveLength(1);
    expect(conflictsOf(await pullAll(sup), m.recordId)).toHaveLength(1);
    expect(conflictsOf(await pullAll(north1), m.recordId)).toEqual([]);
    expect(conflictsOf(await pullAll(north2), m.recordId)).toEqual([]);
  });

  it('a delete crossed with an edit: the record comes back and the deletion is pulled as a conflict', async () => {
    const m = create();
    const base = (await north1.push(m)).results[0]?.version ?? 0;
    await north1.push({ ...edit(m.recordId, base, {}), op: 'delete' });
    await north2.push(edit(m.recordId, base, { description: 'Kept: written while offline' }));
    const changes = await pullAll(north1);
    expect(changes.find((c) => c.record.id === m.recordId)?.record).toMatchObject({
      deleted: false,
      description: 'Kept: written while offline',
    });
    expect(conflictsOf(changes, m.recordId)).toMatchObject([
      { field: 'deleted', replacedValue: true, replacedBy: ids.north1, value: false, by: ids.north2 },
    ]);
  });

  it('pages never split a change number: one version with a record and two conflicts, at every page size', async () => {
    const m = create();
    const base = (await north1.push(m)).results[0]?.version ?? 0;
    await north1.push(edit(m.recordId, base, { title: 'North1 title', locationText: 'North1 place' }));
    const both = await north2.push(
      edit(m.recordId, base, { title: 'North2 title', locationText: 'North2 place' }),
    );
    const shared = both.results[0]?.version;
    expect(both.results[0]?.conflicts).toHaveLength(2);
    // And one more change after it, so the shared number is not simply the end of the feed.
    await north1.push(create());

    const everything = await pullAll(north1);
    const key = (c: PulledChange) => `${c.collection}/${c.record.id}`;
    const atShared = everything.filter((c) => c.record.version === shared);
    expect(atShared.map((c) => c.collection)).toEqual(['problems', 'conflicts', 'conflicts']);

    for (const limit of [1, 2, 3, 4, 5]) {
      const seen: string[] = [];
      let cursor = 0;
      for (;;) {
        const page = await north1.pull(cursor, limit);
        const versions = page.changes.map((c) => c.record.version);
        // Every row is past the cursor and at or below the new one, so none is skipped or repeated.
        for (const v of versions) {
          expect(v).toBeGreaterThan(cursor);
          expect(v).toBeLessThanOrEqual(page.cursor);
        }
        seen.push(...page.changes.map(key));
        if (!page.hasMore) break;
        cursor = page.cursor;
      }
      expect(new Set(seen).size, `limit ${String(limit)}: no row twice`).toBe(seen.length);
      expect(seen.toSorted(), `limit ${String(limit)}: every row`).toEqual(everything.map(key).toSorted());
    }
  });
});
