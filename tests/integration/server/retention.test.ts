// Retention (must-show 6): the review queue, retain and erase decisions, and erasure
// reaching devices: a device that pulls after the erasure holds none of the personal content,
// neither in its view nor in its base copy (server-copy.ts) nor in its kept conflicts. The device
// is the app's own pull code (engine.pullChanges, db/pull.ts) over fake-indexeddb, talking to the
// real server through inject.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '#domain/ids';
import { retentionQueueSchema } from '#domain/retention';
import { problemSchema } from '#domain/records';
import {
  client,
  create,
  databaseNames,
  HEADERS,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';
import { assessment, editRecord, newAction, newReview, objective, userId } from './osara-fixtures';
import { createApiClient } from '#client/platform/api/client';
import { readServerCopy } from '#client/platform/db/server-copy';
import { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
import { pullChanges } from '#client/platform/sync/engine';

/** The marker typed into every personal field: after erasure it must be nowhere. */
const SECRET = 'ZEBRA';

/** fetch for the app's API client, answered by the app through inject with this cookie. */
function injectFetch(app: FastifyInstance, cookie: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const res = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: { ...(init?.headers as Record<string, string>), cookie },
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
    });
  };
}

async function everything(db: BeatbookDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(Object.fromEntries(tables));
}

describe.each(databaseNames)('retention on %s', (dbName) => {
  let s: TestServer;
  let north1: ReturnType<typeof client>;
  let north2: ReturnType<typeof client>;
  let supCookie = '';
  let north1Cookie = '';

  /** A closed north problem with personal content everywhere it can go; returns its id. */
  async function closedProblem(title: string): Promise<string> {
    const sup = client(s.app, supCookie);
    const m = create(undefined, {
      ...problemFields('north', title),
      description: `${SECRET} lives at the corner house`,
      locationText: `${SECRET} Road`,
      objective,
      status: 'response',
      scanning: {
        cheers: { community: { met: true, notes: `${SECRET} complained` } },
        incidentRefs: [`${SECRET}-1`],
      },
      analysis: {
        victim: { description: `${SECRET} the shopkeeper` },
        hypotheses: [`${SECRET} is targeted`],
      },
      governance: { persons: [{ id: 'PNC-1', category: 'victim', role: `${SECRET} shop` }] },
    });
    const v = (await north1.push(m)).results[0]?.version ?? 0;
    expect(
      (await north1.push(newAction(m.recordId, { evidenceNotes: `${SECRET} gave a statement` }))).results[0]
        ?.status,
    ).toBe('applied');
    const assessed = (
      await north1.push(
        editRecord('problems', m.recordId, v, {
          status: 'assessment',
          assessment: { ...assessment, lessonsLearned: `${SECRET} was helpful` },
        }),
      )
    ).results[0];
    expect(assessed?.status).toBe('applied');
    const review = newReview(m.recordId, await userId(s, 'sup'), { comments: `${SECRET} agreed` });
    expect((await sup.push(review)).results[0]?.status).toBe('applied');
    const closed = (
      await north1.push(editRecord('problems', m.recordId, assessed?.version ?? 0, { status: 'closed' }))
    ).results[0];
    expect(closed?.status).toBe('applied');
    // Two officers edit the description from the same copy: the second arrival keeps the first's
    // value as a conflict, which devices also hold.
    const a = await north1.push(
      editRecord('problems', m.recordId, closed?.version ?? 0, { description: `${SECRET} A` }),
    );
    const b = await north2.push(
      editRecord('problems', m.recordId, closed?.version ?? 0, { description: `${SECRET} B` }),
    );
    expect(a.results[0]?.status).toBe('applied');
    expect(b.results[0]?.conflicts?.length).toBe(1);
    // An activity on patrol linked to the problem.
    const activity = await north1.push({
      id: uuidv7(),
      collection: 'activities',
      recordId: uuidv7(),
      op: 'put',
      baseVersion: null,
      at: new Date().toISOString(),
      changes: {
        teamId: 'north',
        type: 'visit',
        startedAt: new Date().toISOString(),
        durationMinutes: 20,
        notes: `Visited ${SECRET}`,
        placeText: `${SECRET} house`,
        position: { lat: 51.5, lng: -0.1 },
        problemId: m.recordId,
      },
    });
    expect(activity.results[0]?.status).toBe('applied');
    return m.recordId;
  }

  const decide = (cookie: string, problemId: string, payload: unknown) =>
    s.app.inject({
      method: 'POST',
      url: `/api/retention/${problemId}/decision`,
      headers: { ...HEADERS, cookie },
      payload: payload as Record<string, unknown>,
    });

  const queue = async (cookie: string, show: 'due' | 'all') => {
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/retention?show=${show}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return retentionQueueSchema.parse(res.json());
  };

  beforeAll(async () => {
    s = await startServer(dbName);
    north1Cookie = await signIn(s.app, 'north1');
    north1 = client(s.app, north1Cookie);
    north2 = client(s.app, await signIn(s.app, 'north2'));
    supCookie = await signIn(s.app, 'sup');
  });
  afterAll(async () => {
    await s.close();
  });

  it('an erased problem leaves no personal content on a device that pulls afterwards, in its view, base copy or conflicts', async () => {
    const problemId = await closedProblem('Youths outside ZEBRA newsagent');
    const deviceId = uuidv7();
    const db = openUserDb(`retention-${dbName}-${uuidv7()}`);
    await db.open();
    const deps = {
      db,
      api: createApiClient({ baseUrl: 'http://localhost', fetch: injectFetch(s.app, north1Cookie) }),
      deviceId,
    };
    await pullChanges(deps);
    // Before: the device holds the content (so the check below can fail).
    expect(await everything(db)).toContain(SECRET);
    expect((await db.conflicts.toArray()).length).toBeGreaterThan(0);

    const res = await decide(supCookie, problemId, { decision: 'erase', reason: 'Retention period ended' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'erase', records: 4, conflicts: 1 });

    await pullChanges(deps);
    const after = await everything(db);
    expect(after).not.toContain(SECRET);
    const view = await db.problems.get(problemId);
    expect(view).toMatchObject({ erased: true, title: '[erased]', description: '', status: 'closed' });
    // The base copy as the app reads it (the view, for a record without edits: server-copy.ts).
    const base = await readServerCopy(db, 'problems', problemId);
    expect(base).toMatchObject({ erased: true, title: '[erased]' });
    expect(view?.governance?.persons).toBeUndefined();
    db.close();

    // On the server too: records, kept conflicts and stored push results.
    for (const table of ['records', 'conflicts', 'processed_mutations'] as const) {
      const rows = await s.store.db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows), table).not.toContain(SECRET);
    }
    // Every record still reads as valid.
    const stored = await s.store.db
      .selectFrom('records')
      .select('data')
      .where('id', '=', problemId)
      .executeTakeFirstOrThrow();
    expect(
      problemSchema.safeParse({
        ...JSON.parse(stored.data),
        id: problemId,
        version: 1,
        createdAt: new Date().toISOString(),
        createdBy: 'x',
        updatedAt: new Date().toISOString(),
        updatedBy: 'x',
        deleted: false,
        reference: null,
      }).success,
    ).toBe(true);
  });

  it('refuses later changes to the erased problem and new records under it', async () => {
    const problemId = await closedProblem('Second');
    await decide(supCookie, problemId, { decision: 'erase', reason: 'Retention period ended' });
    const pulled = (await north1.pull(0, 500)).changes.find((c) => c.record.id === problemId);
    const again = await north1.push(
      editRecord('problems', problemId, pulled?.record.version ?? 0, { description: `${SECRET} back` }),
    );
    expect(again.results[0]?.error?.code).toBe('record_erased');
    const action = await north1.push(newAction(problemId));
    expect(action.results[0]?.error?.code).toBe('record_erased');
    const twice = await decide(supCookie, problemId, { decision: 'erase', reason: 'Again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'record_erased' } });
  });

  it('queues closed problems by review date (closure + 6 years); retain sets the next date; supervisors of the team only', async () => {
    const problemId = await closedProblem('Third');
    const all = await queue(supCookie, 'all');
    const item = all.items.find((i) => i.problemId === problemId);
    expect(all.retentionYears).toBe(6);
    const closedYear = Number(item?.closedAt.slice(0, 4));
    expect(item?.reviewDue.slice(0, 4)).toBe(String(closedYear + 6));
    expect(item?.due).toBe(false);
    expect((await queue(supCookie, 'due')).items.find((i) => i.problemId === problemId)).toBeUndefined();
    // Erased problems leave the queue.
    expect(all.items.every((i) => !i.title.includes('[erased]'))).toBe(true);

    const past = await decide(supCookie, problemId, {
      decision: 'retain',
      reason: 'Ongoing',
      nextReviewDate: '2020-01-01',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const noReason = await decide(supCookie, problemId, {
      decision: 'retain',
      reason: '',
      nextReviewDate: '2040-01-01',
    });
    expect(noReason.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const kept = await decide(supCookie, problemId, {
      decision: 'retain',
      reason: 'Linked court case',
      nextReviewDate: '2040-01-01',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    const updated = (await queue(supCookie, 'all')).items.find((i) => i.problemId === problemId);
    expect(updated).toMatchObject({
      reviewDue: '2040-01-01',
      lastDecision: { decision: 'retain', reason: 'Linked court case' },
    });

    // Officers have no grant; a supervisor of another team cannot see or decide it.
    const officer = await s.app.inject({
      method: 'GET',
      url: '/api/retention',
      headers: { cookie: north1Cookie },
    });
    expect(officer.statusCode).toBe(403);
    expect((await decide(north1Cookie, problemId, { decision: 'erase', reason: 'Mine' })).statusCode).toBe(
      403,
    );
    const { addUser } = await import('#server/organisation/admin');
    await addUser(
      s.store.db,
      {
        username: 'ssouth',
        displayName: 'Sgt South',
        role: 'supervisor',
        teamIds: ['south'],
        password: 'correct horse battery',
      },
      s.config.passwordCost,
    );
    const southSup = await signIn(s.app, 'ssouth');
    expect((await queue(southSup, 'all')).items.find((i) => i.problemId === problemId)).toBeUndefined();
    expect((await decide(southSup, problemId, { decision: 'erase', reason: 'Not mine' })).statusCode).toBe(
      404,
    );
  });

  it('refuses a decision on an open problem', async () => {
    const m = create(undefined, problemFields('north', 'Open one'));
    await north1.push(m);
    const res = await decide(supCookie, m.recordId, { decision: 'erase', reason: 'Too soon' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'retention_not_closed' } });
  });
});
