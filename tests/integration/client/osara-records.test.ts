// Situation: a team works a problem through OSARA on the device: actions and reviews go through
// the one write path, only the team's supervisor can sign off, and a blocked move says why.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Action, Review } from '#domain/osara/index';
import type { Problem } from '#domain/records';
import { GateBlockedError, NotAllowedError, type Workspace } from '#client/app/contract';
import { openUserDb, userDbName } from '#client/platform/db/schema';
import { makeMe, nextValue, sampleFields, startHarness, type Harness } from './harness';

function repos(ws: Workspace) {
  const { actions, reviews } = ws;
  return { actions, reviews };
}

const action = (problemId: string) => ({
  problemId,
  description: 'Ask the council to repair the lights',
  techniques: ['assist_natural_surveillance' as const],
  lead: { kind: 'partner' as const, agencyType: 'local_authority' as const, name: 'Borough council' },
  status: 'planned' as const,
});

const assessment = {
  processEvaluation: 'Delivered as planned.',
  outcome: 'reduce_harm' as const,
  closureReason: 'objective_met' as const,
};

describe('the OSARA record on the device', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('creates and updates actions through the outbox, and watches them by problem', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const { actions } = repos(ws);
    const problem = await ws.problems.create(sampleFields());
    const created = await actions.create(action(problem.id));
    const updated = await actions.update(created.id, { status: 'done', evidenceNotes: 'Lights fixed 3 May' });
    expect(updated).toMatchObject({ status: 'done', evidenceNotes: 'Lights fixed 3 May', version: null });
    const watched = await nextValue<Action[]>(
      (cb) => actions.watchByProblem(problem.id, cb),
      (a) => a.length > 0,
    );
    expect(watched.map((a) => a.status)).toEqual(['done']);
    const outbox = await h.inspect(me).outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.collection, m.recordId, Object.keys(m.changes).sort()])).toEqual([
      ['problems', problem.id, expect.any(Array) as unknown],
      ['actions', created.id, ['description', 'lead', 'problemId', 'status', 'techniques']],
      ['actions', created.id, ['evidenceNotes', 'status']],
    ]);
  });

  it('refuses a review from an officer and records one from the team supervisor', async () => {
    const officer = makeMe('alice');
    const ows = await h.signIn(officer);
    const problem = await ows.problems.create(sampleFields());
    const decision = {
      problemId: problem.id,
      kind: 'stage' as const,
      stage: 'scanning' as const,
      decision: 'approve_stage' as const,
    };
    await expect(repos(ows).reviews.create(decision)).rejects.toBeInstanceOf(NotAllowedError);
    expect(await h.inspect(officer).reviews.count()).toBe(0);

    const sergeant = { ...makeMe('sarge'), role: 'supervisor' as const };
    const sws = await h.signIn(sergeant);
    await sws.problems.create(sampleFields()); // a problem on the sergeant's own device
    const own = (await h.inspect(sergeant).problems.toArray())[0];
    if (own === undefined) throw new Error('no problem');
    const review = await repos(sws).reviews.create({ ...decision, problemId: own.id });
    expect(review).toMatchObject({ reviewer: sergeant.id, decision: 'approve_stage', version: null });
    const watched = await nextValue<Review[]>(
      (cb) => repos(sws).reviews.watchByTeams(['team-a'], cb),
      (r) => r.length > 0,
    );
    expect(watched.map((r) => r.id)).toEqual([review.id]);
    // A force-wide reader's lists ('all') hold every team's records on the device; another team's hold none.
    const everyTeam = await nextValue<Review[]>(
      (cb) => repos(sws).reviews.watchByTeams('all', cb),
      (r) => r.length > 0,
    );
    expect(everyTeam.map((r) => r.id)).toEqual([review.id]);
    const allProblems = await nextValue<Problem[]>(
      (cb) => sws.problems.watchList('all', cb),
      (p) => p.length > 0,
    );
    expect(allProblems.map((p) => p.id)).toEqual([own.id]);
    const otherTeam = await nextValue<Problem[]>(
      (cb) => sws.problems.watchList(['team-b'], cb),
      () => true,
    );
    expect(otherTeam).toEqual([]);
  });

  it('a review with a next review date sets the problem’s, as a queued edit in the same write', async () => {
    const me = { ...makeMe('sarge'), role: 'supervisor' as const };
    const ws = await h.signIn(me);
    const problem = await ws.problems.create(sampleFields());
    const db = h.inspect(me);
    await repos(ws).reviews.create({
      problemId: problem.id,
      kind: 'stage',
      stage: 'scanning',
      decision: 'approve_stage',
      nextReviewDate: '2026-06-01',
    });
    expect((await db.problems.get(problem.id))?.nextReviewDate).toBe('2026-06-01');
    const queued = await db.outbox.orderBy('seq').toArray();
    expect(queued.map((m) => [m.collection, Object.keys(m.changes).join()])).toEqual([
      ['problems', expect.stringContaining('title')],
      ['reviews', expect.stringContaining('nextReviewDate')],
      ['problems', 'nextReviewDate'],
    ]);
    // The same date again changes nothing on the problem: only the review is queued.
    await repos(ws).reviews.create({
      problemId: problem.id,
      kind: 'stage',
      stage: 'scanning',
      decision: 'approve_stage',
      nextReviewDate: '2026-06-01',
    });
    expect(await db.outbox.count()).toBe(4);
    await ws.sync.syncNow();
    expect(h.force.problems()[0]?.nextReviewDate).toBe('2026-06-01');
  });

  it('blocks a move the gates refuse, with the reasons, and queues nothing', async () => {
    const me = { ...makeMe('sarge'), role: 'supervisor' as const };
    const ws = await h.signIn(me);
    const problem = await ws.problems.create(sampleFields());
    const error: unknown = await ws.problems
      .update(problem.id, { status: 'response' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateBlockedError);
    expect((error as GateBlockedError).reasons.map((r) => r.code)).toEqual([
      'objective_impact_missing',
      'success_measure_missing',
    ]);
    expect(await h.inspect(me).outbox.count()).toBe(1);

    const objective = { impact: 'reduce_harm' as const, successMeasure: 'Fewer calls' };
    expect((await ws.problems.update(problem.id, { objective, status: 'response' })).status).toBe('response');
    const { actions, reviews } = repos(ws);
    const a = await actions.create({ ...action(problem.id), status: 'done' });
    await ws.problems.update(problem.id, { status: 'assessment', assessment });
    const closing = await ws.problems.update(problem.id, { status: 'closed' }).catch((e: unknown) => e);
    expect((closing as GateBlockedError).reasons.map((r) => r.code)).toEqual(['sign_off_missing']);
    await reviews.create({ problemId: problem.id, kind: 'closure', decision: 'sign_off_closure' });
    expect((await ws.problems.update(problem.id, { status: 'closed' })).status).toBe('closed');
    expect(a.status).toBe('done');
  });

  it('keeps version 1 data when the database is upgraded to add actions and reviews', async () => {
    const name = userDbName(`upgrade-${crypto.randomUUID()}`);
    const v1 = new Dexie(name);
    v1.version(1).stores({
      problems: 'id, teamId, updatedAt',
      serverRecords: 'id, collection',
      outbox: '++seq, &id, recordId',
      needsAttention: 'id, seq, recordId',
      meta: 'key',
    });
    await v1.table('problems').put({ id: 'p1', teamId: 'team-a', updatedAt: '2026-01-01T00:00:00Z' });
    await v1.table('outbox').add({ id: 'm1', recordId: 'p1', changes: {} });
    await v1.table('meta').put({ key: 'pullCursor', value: 42 });
    v1.close();
    const db = openUserDb(name.replace(/^beatbook-/, ''));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.problems.get('p1')).toMatchObject({ teamId: 'team-a' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get('pullCursor')).toEqual({ key: 'pullCursor', value: 42 });
    expect(await db.actions.count()).toBe(0);
    db.close();
  });
});
