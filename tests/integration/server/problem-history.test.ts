// GET /api/problems/:id/history: every accepted write to a problem and its child records, named,
// in order; nothing for someone who may not read the problem (same answer as an unknown id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { ProblemHistory } from '#domain/problem-history';
import {
  client,
  create,
  databaseNames,
  edit,
  problemFields,
  signIn,
  startServer,
  type TestServer,
} from './helper';
import { editRecord, newAction, newReview, objective, userId } from './osara-fixtures';

describe.each(databaseNames)('problem history on %s', (db) => {
  let s: TestServer;
  const cookies: Record<string, string> = {};
  let problemId = '';
  let actionId = '';
  let otherProblemId = '';
  beforeAll(async () => {
    s = await startServer(db);
    for (const u of ['north1', 'north2', 'south1', 'sup', 'lead', 'admin'])
      cookies[u] = await signIn(s.app, u);
    const north1 = client(s.app, cookies.north1 ?? '');
    const north2 = client(s.app, cookies.north2 ?? '');
    const sup = client(s.app, cookies.sup ?? '');
    const created = create(undefined, problemFields());
    problemId = created.recordId;
    const [c] = (await north1.push(created)).results;
    // north2 edits the objective; north1 (still on version 1) edits the title: both kept.
    const [o] = (await north2.push(edit(problemId, c?.version ?? null, { objective }))).results;
    expect(o?.status).toBe('applied');
    await north1.push(edit(problemId, c?.version ?? null, { title: 'Youths at the Market Street shops' }));
    await north1.push(edit(problemId, c?.version ?? null, { title: 'Youths at the shops, Market St' }));
    const action = newAction(problemId);
    actionId = action.recordId;
    await north1.push(action);
    await sup.push(
      newReview(problemId, await userId(s, 'sup'), {
        kind: 'stage',
        stage: 'scanning',
        decision: 'approve_stage',
        nextReviewDate: '2026-05-01',
      }),
    );
    // A refused write is not a change of the record.
    await north1.push(editRecord('problems', problemId, c?.version ?? null, { status: 'closed' }));
    const other = create(uuidv7(), problemFields('south', 'Graffiti on the underpass'));
    otherProblemId = other.recordId;
    await client(s.app, cookies.south1 ?? '').push(other);
  });
  afterAll(async () => {
    await s.close();
  });

  const get = (username: string, id: string) =>
    s.app.inject({
      method: 'GET',
      url: `/api/problems/${id}/history`,
      headers: { cookie: cookies[username] ?? '' },
    });

  it('lists each write to the problem and its children, oldest first, with who and which fields', async () => {
    const res = await get('north2', problemId);
    expect(res.statusCode).toBe(200);
    const history = res.json<ProblemHistory>();
    const summary = history.entries.map((e) => `${e.collection}.${e.kind}:${e.fields.join('+')}`);
    expect(summary).toEqual([
      expect.stringMatching(/^problems\.create:/),
      'problems.update:objective',
      'problems.update:title',
      'problems.update:title',
      expect.stringMatching(/^actions\.create:/),
      expect.stringMatching(/^reviews\.create:/),
    ]);
    const ids = await Promise.all(['north1', 'north2', 'sup'].map((u) => userId(s, u)));
    expect(history.entries.map((e) => e.by)).toEqual([ids[0], ids[1], ids[0], ids[0], ids[0], ids[2]]);
    expect(history.entries[4]?.recordId).toBe(actionId);
    const versions = history.entries.map((e) => e.version ?? 0);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(history.people.map((p) => p.displayName).sort()).toEqual(['north1', 'north2', 'sup']);
  });

  it('gives the value a write set only while it is still the value held', async () => {
    const history = (await get('north1', problemId)).json<ProblemHistory>();
    const titles = history.entries.filter((e) => e.fields.includes('title') && e.kind === 'update');
    expect(titles[0]?.values).toEqual({});
    expect(titles[1]?.values).toEqual({ title: 'Youths at the shops, Market St' });
    expect(history.entries[1]?.values).toEqual({ objective });
  });

  it('serves the supervisor and a prevention lead (force-wide reader)', async () => {
    expect((await get('sup', problemId)).statusCode).toBe(200);
    expect((await get('lead', problemId)).statusCode).toBe(200);
    expect((await get('lead', otherProblemId)).statusCode).toBe(200);
  });

  it('answers another team’s problem exactly like an unknown one, and refuses an admin', async () => {
    const guessed = await get('north1', otherProblemId);
    const unknown = await get('north1', uuidv7());
    expect(guessed.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(guessed.json()).toEqual(unknown.json());
    expect(guessed.body).not.toContain('Graffiti');
    const admin = await get('admin', problemId);
    expect(admin.statusCode).toBe(403);
    expect(admin.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses a malformed id and no session', async () => {
    expect((await get('north1', 'not-an-id')).statusCode).toBe(400);
    const anon = await s.app.inject({ method: 'GET', url: `/api/problems/${problemId}/history` });
    expect(anon.statusCode).toBe(401);
  });
});
