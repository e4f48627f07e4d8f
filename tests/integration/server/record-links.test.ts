// Record ids and links that point at someone else's record (issue 13, item 2), by situation: an
// evaluation whose id is another team's problem id, an action whose id is another team's problem
// id (and the history of the attacker's own problem), an activity linking a problem its author
// may not read. Each is refused, or reveals nothing, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { ProblemHistory } from '#domain/problem-history';
import type { Mutation } from '#domain/sync';
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
import { editRecord, newAction } from './osara-fixtures';

function activity(teamId: string, problemId?: string): Mutation {
  return editRecord('activities', uuidv7(), null, {
    teamId,
    type: 'patrol',
    startedAt: '2026-03-01T10:00:00.000Z',
    durationMinutes: 20,
    ...(problemId === undefined ? {} : { problemId }),
  });
}

describe.each(databaseNames)('records pointing at another team’s records on %s', (db) => {
  let s: TestServer;
  let north: ReturnType<typeof client>;
  let south: ReturnType<typeof client>;
  let southCookie = '';
  let northProblem = '';
  let southProblem = '';
  beforeAll(async () => {
    s = await startServer(db);
    north = client(s.app, await signIn(s.app, 'north1'));
    southCookie = await signIn(s.app, 'south1');
    south = client(s.app, southCookie);
    const n = create(uuidv7(), problemFields('north', 'Cars broken into on Mill Lane'));
    northProblem = n.recordId;
    const [created] = (await north.push(n)).results;
    await north.push(
      edit(northProblem, created?.version ?? null, { description: 'Three a week since May.' }),
    );
    const sp = create(uuidv7(), problemFields('south', 'Graffiti on the underpass'));
    southProblem = sp.recordId;
    await south.push(sp);
  });
  afterAll(async () => {
    await s.close();
  });

  it('refuses an evaluation whose id is not its problem’s id, so the other team’s stays free', async () => {
    const hostile = editRecord('evaluations', northProblem, null, {
      problemId: southProblem,
      lessonsLearned: 'Injected text',
    });
    const [result] = (await south.push(hostile)).results;
    expect(result?.status).toBe('rejected');
    expect(result?.error?.code).toBe('evaluation_id_mismatch');
    // North's own evaluation (id = its problem's id) is still theirs to write.
    const own = editRecord('evaluations', northProblem, null, {
      problemId: northProblem,
      lessonsLearned: 'Lighting helped',
    });
    const [ok] = (await north.push(own)).results;
    expect(ok?.status).toBe('applied');
  });

  it('refuses an evaluation of a problem the writer may not write, even with the right id', async () => {
    const other = editRecord('evaluations', northProblem, null, { problemId: northProblem });
    const [result] = (await south.push(other)).results;
    expect(result?.status).toBe('rejected');
    expect(result?.error?.code).toBe('forbidden');
  });

  it('keeps the other team’s problem history out of a problem whose action borrowed its id', async () => {
    const borrowed = newAction(southProblem);
    const [result] = (
      await south.push({ ...borrowed, recordId: northProblem, changes: { ...borrowed.changes } })
    ).results;
    // The action itself is south's to write (its problem is south's); it must reveal nothing.
    expect(result?.status).toBe('applied');
    const res = await s.app.inject({
      method: 'GET',
      url: `/api/problems/${southProblem}/history`,
      headers: { cookie: southCookie },
    });
    expect(res.statusCode).toBe(200);
    const history = res.json<ProblemHistory>();
    expect(history.entries.filter((e) => e.collection === 'problems').map((e) => e.recordId)).toEqual([
      southProblem,
    ]);
    // The borrowed id shows only as south's own action.
    expect(history.entries.filter((e) => e.recordId === northProblem).map((e) => e.collection)).toEqual([
      'actions',
    ]);
    expect(history.people.map((p) => p.displayName)).not.toContain('north1');
  });

  it('refuses an activity linking a problem its author may not read, as if it did not exist', async () => {
    const [linked] = (await south.push(activity('south', northProblem))).results;
    const [unknown] = (await south.push(activity('south', uuidv7()))).results;
    expect(linked?.status).toBe('rejected');
    expect(linked?.error?.code).toBe('linked_problem_unknown');
    expect(unknown?.error).toEqual(linked?.error);
    const [own] = (await south.push(activity('south', southProblem))).results;
    expect(own?.status).toBe('applied');
    // Linking later, by an edit, is held to the same rule.
    const plain = activity('south');
    const [made] = (await south.push(plain)).results;
    const [relinked] = (
      await south.push(
        editRecord('activities', plain.recordId, made?.version ?? null, { problemId: northProblem }),
      )
    ).results;
    expect(relinked?.error?.code).toBe('linked_problem_unknown');
  });
});
