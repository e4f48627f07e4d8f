// Pull: paging never skips or repeats a change, and readers see only what they may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PULL_LIMIT, pullResponseSchema } from '#domain/sync';
import { problemSchema } from '#domain/records';
import { uuidv7 } from '#domain/ids';
import {
  client,
  create,
  databaseNames,
  edit,
  HEADERS,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';

describe.each(databaseNames)('pull on %s', (db) => {
  let s: TestServer;
  let north1: ReturnType<typeof client>;
  let south1: ReturnType<typeof client>;
  const northIds: string[] = [];
  let southId = '';
  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    // Five north problems, one south problem in the middle, and an edit that moves one forward.
    for (let i = 0; i < 5; i++) {
      const m = create(uuidv7(), problemFields('north', `North problem ${i}`));
      northIds.push(m.recordId);
      await north1.push(m);
      if (i === 2) {
        const south = create(uuidv7(), problemFields('south', 'South problem'));
        southId = south.recordId;
        await south1.push(south);
      }
    }
    const first = northIds[0] ?? '';
    const v = (await north1.pull()).changes.find((c) => c.record.id === first)?.record.version ?? 0;
    await north1.push(edit(first, v, { status: 'analysis' }));
  });
  afterAll(async () => {
    await s.close();
  });

  it('returns every readable record exactly once, at its latest version, in pages of 2', async () => {
    const seen: string[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = await north1.pull(cursor, 2);
      expect(pullResponseSchema.safeParse(page).success).toBe(true);
      expect(page.changes.length).toBeLessThanOrEqual(2);
      seen.push(...page.changes.map((c) => c.record.id));
      cursor = page.cursor;
      pages += 1;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen.toSorted()).toEqual(northIds.toSorted());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)).toBe(northIds[0]); // the edited one moved to the end of the feed
    const after = await north1.pull(cursor, 2);
    expect(after).toEqual({ changes: [], cursor, hasMore: false });
  });

  it('returns full flat records that match the problem schema', async () => {
    const { changes } = await north1.pull(0, 500);
    for (const c of changes) {
      expect(c.collection).toBe('problems');
      expect(problemSchema.safeParse(c.record).success).toBe(true);
    }
    expect(changes.find((c) => c.record.id === northIds[0])?.record).toMatchObject({
      status: 'analysis',
      title: 'North problem 0',
    });
  });

  it("keeps other teams' problems out, for officers; a supervisor of both and a prevention lead see all; an admin none", async () => {
    const northView = await north1.pull(0, 500);
    expect(northView.changes.map((c) => c.record.id)).not.toContain(southId);
    const southView = await south1.pull(0, 500);
    expect(southView.changes.map((c) => c.record.id)).toEqual([southId]);
    const sup = client(s.app, await signIn(s.app, 'sup'));
    expect((await sup.pull(0, 500)).changes).toHaveLength(6);
    const lead = client(s.app, await signIn(s.app, 'lead'));
    expect((await lead.pull(0, 500)).changes).toHaveLength(6);
    const admin = client(s.app, await signIn(s.app, 'admin'));
    expect(await admin.pull(0, 500)).toEqual({ changes: [], cursor: 0, hasMore: false });
  });

  it('audits a pull that returned records', async () => {
    const before = await s.store.db.selectFrom('audit').select('id').where('action', '=', 'pull').execute();
    await south1.pull(0, 500);
    await south1.pull(10_000, 500);
    const after = await s.store.db
      .selectFrom('audit')
      .select(['details'])
      .where('action', '=', 'pull')
      .execute();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)?.details).toContain(southId);
    // The audit log says how much was downloaded even when the ids stay in pull_log.
    const details = JSON.parse(after.at(-1)?.details ?? '{}') as { count?: unknown; records?: unknown };
    expect(details.count).toBe(Array.isArray(details.records) ? details.records.length : -1);
    expect(details.count).toBeGreaterThan(0);
  });

  it('with estimate=1, tells a pull of several pages about how many changes it will bring', async () => {
    const cookie = await signIn(s.app, 'north1');
    const get = async (query: string) => {
      const res = await s.app.inject({ method: 'GET', url: `/api/sync/pull?${query}`, headers: { cookie } });
      expect(res.statusCode, query).toBe(200);
      return pullResponseSchema.parse(res.json());
    };
    const first = await get('cursor=0&limit=2&estimate=1');
    expect(first.hasMore).toBe(true);
    expect(first.estimatedTotal).toBe(northIds.length);
    // Not asked, or nothing more to come (the page is the whole answer): no estimate.
    expect((await get('cursor=0&limit=2')).estimatedTotal).toBeUndefined();
    expect((await get('cursor=0&limit=500&estimate=1')).estimatedTotal).toBeUndefined();
    const later = await get(`cursor=${String(first.cursor)}&limit=2&estimate=1`);
    expect(later.estimatedTotal).toBe(northIds.length - first.changes.length);
  });

  it('refuses a bad cursor or limit with 400 invalid_request, and needs a session', async () => {
    const cookie = await signIn(s.app, 'north1');
    for (const query of [
      'cursor=-1',
      'cursor=abc',
      'limit=0',
      `limit=${String(MAX_PULL_LIMIT + 1)}`,
      'cursor=0&other=1',
      'estimate=yes',
    ]) {
      const res = await s.app.inject({
        method: 'GET',
        url: `/api/sync/pull?${query}`,
        headers: { ...HEADERS, cookie },
      });
      expect(res.statusCode, query).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
    const anonymous = await s.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0' });
    expect(anonymous.statusCode).toBe(401);
  });
});
