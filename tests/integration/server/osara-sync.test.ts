// The OSARA record on the force database, by situation: moving a problem on without what the
// next stage needs, signing off (who may, who may not), closing, and who pulls actions and reviews.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '#domain/sync';
import { client, create, databaseNames, problemFields, signIn, startServer, type TestServer } from './helper';
import { addUser } from '#server/organisation/admin';
import { assessment, editRecord, newAction, newReview, objective, userId } from './osara-fixtures';

type Client = ReturnType<typeof client>;

function only(results: MutationResult[]): MutationResult {
  const [result] = results;
  if (result === undefined) throw new Error('no result');
  return result;
}

describe.each(databaseNames)('the OSARA record on %s', (db) => {
  let s: TestServer;
  let north1: Client;
  let south1: Client;
  let sup: Client;
  let southSup: Client;
  let supId = '';
  let southSupId = '';
  beforeAll(async () => {
    s = await startServer(db);
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
    north1 = client(s.app, await signIn(s.app, 'north1'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    sup = client(s.app, await signIn(s.app, 'sup'));
    southSup = client(s.app, await signIn(s.app, 'ssouth'));
    supId = await userId(s, 'sup');
    southSupId = await userId(s, 'ssouth');
  });
  afterAll(async () => {
    await s.close();
  });

  /** A north problem, pushed by north1; returns its id and version. */
  async function problem(changes: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const m = create(undefined, { ...problemFields(), ...changes });
    const result = only((await north1.push(m)).results);
    expect(result.status).toBe('applied');
    return { id: m.recordId, version: result.version ?? 0 };
  }

  const setStatus = async (by: Client, id: string, base: number, status: string, extra = {}) =>
    only((await by.push(editRecord('problems', id, base, { status, ...extra }))).results);

  it('refuses a move to Response without an objective, and applies it with one', async () => {
    const p = await problem();
    const blocked = await setStatus(north1, p.id, p.version, 'response');
    expect(blocked.status).toBe('rejected');
    expect(blocked.error?.code).toBe('stage_gate_blocked');
    const reasons = (blocked.error?.details as { reasons: { code: string; message: string }[] }).reasons;
    expect(reasons.map((r) => r.code)).toEqual(['objective_impact_missing', 'success_measure_missing']);
    expect(reasons[0]?.message).toMatch(/objective/i);
    const moved = await setStatus(north1, p.id, p.version, 'response', { objective });
    expect(moved.status).toBe('applied');
  });

  it('a new problem cannot start past a gate either', async () => {
    const m = create(undefined, { ...problemFields(), status: 'closed' });
    expect(only((await north1.push(m)).results).error?.code).toBe('stage_gate_blocked');
  });

  it('refuses to close without a sign-off; officers and other teams\u2019 supervisors cannot sign off; the team\u2019s supervisor can, and then it closes', async () => {
    const p = await problem({ objective, status: 'response' });
    const action = newAction(p.id);
    expect(only((await north1.push(action)).results).status).toBe('applied');
    const assessed = await setStatus(north1, p.id, p.version, 'assessment', { assessment });
    expect(assessed.status).toBe('applied');

    const noSignOff = await setStatus(north1, p.id, assessed.version ?? 0, 'closed');
    expect(noSignOff.error?.code).toBe('stage_gate_blocked');
    const codes = (noSignOff.error?.details as { reasons: { code: string }[] }).reasons.map((r) => r.code);
    expect(codes).toEqual(['sign_off_missing']);

    const byOfficer = only((await north1.push(newReview(p.id, await userId(s, 'north1')))).results);
    expect(byOfficer.error?.code).toBe('sign_off_not_allowed');
    const byOtherTeam = only((await southSup.push(newReview(p.id, southSupId))).results);
    expect(byOtherTeam.error?.code).toBe('sign_off_not_allowed');
    const inAnotherName = only((await sup.push(newReview(p.id, southSupId))).results);
    expect(inAnotherName.error?.code).toBe('forbidden');

    const review = newReview(p.id, supId);
    expect(only((await sup.push(review)).results).status).toBe('applied');
    const closed = await setStatus(north1, p.id, assessed.version ?? 0, 'closed');
    expect(closed.status).toBe('applied');

    const pulled = await north1.pull(0, 500);
    const record = pulled.changes.find((c) => c.record.id === p.id)?.record;
    expect(record?.status).toBe('closed');
    expect(typeof record?.closedAt).toBe('string');
    const stored = pulled.changes.find((c) => c.record.id === review.recordId)?.record;
    // The device said 2020; the force database's own clock decides when a review was made.
    expect(stored?.reviewedAt).not.toBe('2020-01-01T00:00:00.000Z');
    expect(stored).not.toHaveProperty('reference');

    // Reopened: closedAt is cleared.
    const reopened = await setStatus(north1, p.id, closed.version ?? 0, 'assessment');
    expect(reopened.status).toBe('applied');
    const after = (await north1.pull(closed.version ?? 0)).changes.find((c) => c.record.id === p.id);
    expect(after?.record.closedAt).toBeNull();
  });

  it('a sign-off made before the assessment last changed no longer counts', async () => {
    const p = await problem({ objective, status: 'response', assessment });
    expect(only((await north1.push(newAction(p.id))).results).status).toBe('applied');
    expect(only((await sup.push(newReview(p.id, supId))).results).status).toBe('applied');
    const edited = await setStatus(north1, p.id, p.version, 'assessment', {
      assessment: { ...assessment, lessonsLearned: 'Changed after the sign-off.' },
    });
    const blocked = await setStatus(north1, p.id, edited.version ?? 0, 'closed');
    const codes = (blocked.error?.details as { reasons: { code: string }[] }).reasons.map((r) => r.code);
    expect(codes).toEqual(['sign_off_outdated']);
  });

  it('refuses an edit or deletion of a review', async () => {
    const p = await problem();
    const review = newReview(p.id, supId, { kind: 'stage', stage: 'scanning', decision: 'approve_stage' });
    const created = only((await sup.push(review)).results);
    expect(created.status).toBe('applied');
    const edit = editRecord('reviews', review.recordId, created.version ?? 0, {
      comments: 'Changed my mind',
    });
    expect(only((await sup.push(edit)).results).error?.code).toBe('read_only_record');
  });

  it('refuses actions for unknown problems or other teams\u2019 problems, and keeps an action on its problem', async () => {
    expect(only((await north1.push(newAction(crypto.randomUUID()))).results).error?.code).toBe('not_found');
    const p = await problem();
    expect(only((await south1.push(newAction(p.id))).results).error?.code).toBe('forbidden');
    const action = newAction(p.id);
    const created = only((await north1.push(action)).results);
    const other = await problem();
    const move = editRecord('actions', action.recordId, created.version ?? 0, { problemId: other.id });
    expect(only((await north1.push(move)).results).error?.code).toBe('read_only_field');
    const update = editRecord('actions', action.recordId, created.version ?? 0, { status: 'in_progress' });
    expect(only((await north1.push(update)).results).status).toBe('applied');
  });

  it('hands actions and reviews only to the problem\u2019s team', async () => {
    const p = await problem();
    const action = newAction(p.id);
    await north1.push(action);
    const review = newReview(p.id, supId, { kind: 'stage', stage: 'scanning', decision: 'approve_stage' });
    await sup.push(review);
    const ids = (changes: { record: { id: string } }[]) => changes.map((c) => c.record.id);
    const north2 = client(s.app, await signIn(s.app, 'north2'));
    const northView = await north2.pull(0, 500);
    expect(ids(northView.changes)).toEqual(expect.arrayContaining([action.recordId, review.recordId]));
    const kinds = northView.changes.filter((c) => c.record.id === action.recordId).map((c) => c.collection);
    expect(kinds).toEqual(['actions']);
    const southView = await south1.pull(0, 500);
    expect(ids(southView.changes)).not.toContain(action.recordId);
    expect(ids(southView.changes)).not.toContain(review.recordId);
    const audit = await s.store.db
      .selectFrom('audit')
      .select('action')
      .where('record_id', '=', action.recordId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['actions.create']);
  });
});
