// Pages sized by bytes (store/feed.ts): the record head is read in steps sized by the budget, and
// paging a force by bytes must give exactly the feed that one unlimited read gives, in order,
// each page ending on the first row that reaches the budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedPage, type FeedRecord } from '#server/sync/store/feed';
import type { ReadScope } from '#server/platform/store/scope';
import type { Store } from '#server/platform/database/database';
import { generateForce } from '../../bench/sync/force';
import { databaseNames, openTestStore } from './helper';

const ALL: ReadScope = { kind: 'all' };
/** What store/feed.ts counts for a record beyond its data text. */
const OVERHEAD = 330;

async function pages(store: Store, limit: number, maxBytes: number, scope: ReadScope = ALL) {
  const out: FeedRecord[][] = [];
  let cursor = 0;
  for (;;) {
    const page = await feedPage(store.db, cursor, limit, scope, maxBytes);
    out.push(page.records);
    if (!page.hasMore) return out;
    expect(page.cursor).toBeGreaterThan(cursor);
    cursor = page.cursor;
  }
}

describe.each(databaseNames)('pull pages sized by bytes on %s', (name) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let whole: FeedRecord[];

  beforeAll(async () => {
    ({ store, cleanup } = await openTestStore(name));
    // 40 problems of varied length and 400 activities.
    await generateForce(store.db, 40, 7);
    whole = (await feedPage(store.db, 0, 5000, ALL)).records;
    expect(whole).toHaveLength(440);
  });
  afterAll(async () => {
    await cleanup();
  });

  it.each([
    [2000, 20_000],
    [2000, 3_000],
    [2000, 1],
    [25, 50_000],
  ])(
    'with limit %i and %i bytes, give every record once, in order, ending at the budget',
    async (limit, maxBytes) => {
      const split = await pages(store, limit, maxBytes);
      expect(split.flat().map((r) => r.version)).toEqual(whole.map((r) => r.version));
      for (const page of split) {
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(limit);
        const sizes = page.map((r) => r.data.length + OVERHEAD);
        const beforeLast = sizes.slice(0, -1).reduce((a, b) => a + b, 0);
        // Only the last row may take the page to the budget or past it.
        expect(beforeLast).toBeLessThan(maxBytes);
      }
      // Every page but the last is full: it reached the budget or the row limit.
      for (const page of split.slice(0, -1)) {
        const total = page.reduce((sum, r) => sum + r.data.length + OVERHEAD, 0);
        expect(total >= maxBytes || page.length === limit).toBe(true);
      }
    },
  );

  it("a team's reader gets only that team's rows, in the same pages a whole read would give", async () => {
    const team = whole.find((r) => r.team_id !== null)?.team_id ?? '';
    const scope: ReadScope = {
      kind: 'scoped',
      anyCollections: [],
      teamCollections: ['problems', 'activities'],
      teamIds: [team],
    };
    const mine = whole.filter((r) => r.team_id === team).map((r) => r.version);
    expect(mine.length).toBeGreaterThan(10);
    expect((await pages(store, 2000, 5_000, scope)).flat().map((r) => r.version)).toEqual(mine);
  });
});
