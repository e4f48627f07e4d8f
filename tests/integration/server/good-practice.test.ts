// Good practice on the force database: who may publish, what the published copy holds
// and who receives it, what a return does, and the audited CSV export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult } from '#domain/sync';
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

type Client = ReturnType<typeof client>;

function only(results: MutationResult[]): MutationResult {
  const [result] = results;
  if (result === undefined) throw new Error('no result');
  return result;
}

const persons = [
  { id: 'VICTIM-REF-881', category: 'victim', role: 'shop manager' },
  { id: 'WITNESS-REF-17', category: 'witness', role: 'bus driver' },
  { id: 'SUSPECT-REF-3', category: 'suspect', role: 'local youth' },
];

// Every detail the detector finds in closedProblem's copy, removed by the reviewer.
const redactions = [
  { path: 'scanning.description', text: 'VICTIM-REF-881', kind: 'known', action: 'remove' },
  { path: 'scanning.description', text: '07700 900456', kind: 'phone', action: 'remove' },
];

const decision = (problemId: string, reviewer: string, code: 'publish' | 'return', comments: string) =>
  newReview(problemId, reviewer, {
    kind: 'good_practice',
    decision: code,
    comments,
    ...(code === 'publish' ? { redactions } : {}),
  });

describe.each(databaseNames)('good practice on %s', (db) => {
  let s: TestServer;
  let north1: Client;
  let south1: Client;
  let sup: Client;
  let lead: Client;
  let admin: Client;
  let leadId = '';
  let supId = '';
  let north1Id = '';
  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    sup = client(s.app, await signIn(s.app, 'sup'));
    lead = client(s.app, await signIn(s.app, 'lead'));
    admin = client(s.app, await signIn(s.app, 'admin'));
    leadId = await userId(s, 'lead');
    supId = await userId(s, 'sup');
    north1Id = await userId(s, 'north1');
  });
  afterAll(async () => {
    await s.close();
  });

  const apply = async (by: Client, m: Mutation) => {
    const result = only((await by.push(m)).results);
    expect(result.error).toBeUndefined();
    return result.version ?? 0;
  };

  /** A north problem taken to closure, with people named on it and an evaluation. */
  async function closedProblem(title = 'Shoplifting at the parade'): Promise<string> {
    const m = create(undefined, {
      ...problemFields('north', title),
      description: 'Thefts reported by VICTIM-REF-881; call 07700 900456.',
      objective,
      status: 'response',
      governance: { persons },
    });
    const v = await apply(north1, m);
    await apply(
      north1,
      newAction(m.recordId, { description: 'Tags on high-value stock', techniques: ['target_harden'] }),
    );
    const assessed = await apply(
      north1,
      editRecord('problems', m.recordId, v, { status: 'assessment', assessment }),
    );
    await apply(sup, newReview(m.recordId, supId));
    await apply(north1, editRecord('problems', m.recordId, assessed, { status: 'closed' }));
    await apply(
      north1,
      editRecord('evaluations', m.recordId, null, {
        problemId: m.recordId,
        response: { before: 40, after: 18 },
        control: { before: 30, after: 29 },
        emmie: { mechanism: 'Tagged stock is harder to sell on.', economicCost: '£300' },
      }),
    );
    await apply(
      north1,
      editRecord('nominations', uuidv7(), null, { problemId: m.recordId, reason: 'Worth sharing' }),
    );
    return m.recordId;
  }

  const publishedIn = async (by: Client, problemId: string) =>
    (await by.pull(0, 500)).changes.find(
      (c) => c.collection === 'published' && c.record.problemId === problemId,
    )?.record;

  it('lets only a prevention lead publish: an officer and a supervisor are refused', async () => {
    const id = await closedProblem();
    expect(only((await north1.push(decision(id, north1Id, 'publish', 'Summary'))).results).error?.code).toBe(
      'good_practice_not_allowed',
    );
    expect(only((await sup.push(decision(id, supId, 'publish', 'Summary'))).results).error?.code).toBe(
      'good_practice_not_allowed',
    );
    expect(await publishedIn(lead, id)).toBeUndefined();
    // And a prevention lead still cannot sign off a closure.
    expect(only((await lead.push(newReview(id, leadId))).results).error?.code).toBe('sign_off_not_allowed');
  });

  it('refuses to publish a problem that is not closed, and a publish without a summary', async () => {
    const m = create(undefined, problemFields('north', 'Still open'));
    await apply(north1, m);
    expect(only((await lead.push(decision(m.recordId, leadId, 'publish', 'S'))).results).error?.code).toBe(
      'publish_not_closed',
    );
    const id = await closedProblem();
    expect(only((await lead.push(decision(id, leadId, 'publish', ''))).results).error?.code).toBe(
      'invalid_record',
    );
  });

  it('publishes a copy with no categorised person that reaches every role, other teams and admin included', async () => {
    const id = await closedProblem('Thefts at the parade shops');
    const review = decision(id, leadId, 'publish', 'Tagging stock halved thefts.');
    const reviewVersion = await apply(lead, review);

    for (const reader of [north1, south1, sup, lead, admin]) {
      const copy = await publishedIn(reader, id);
      expect(copy).toBeDefined();
      expect(copy?.title).toBe('Thefts at the parade shops');
      expect(copy?.summary).toBe('Tagging stock halved thefts.');
    }
    const copy = await publishedIn(south1, id);
    expect(copy?.version).toBeGreaterThan(reviewVersion);
    expect(copy?.techniques).toEqual(['target_harden']);
    const text = JSON.stringify(copy);
    for (const personal of [
      'VICTIM-REF-881',
      'WITNESS-REF-17',
      'SUSPECT-REF-3',
      'shop manager',
      'bus driver',
      '07700 900456',
      'Market Street',
      north1Id,
      'Borough council',
    ])
      expect(text).not.toContain(personal);
    expect(text).not.toMatch(/persons|governance|locationText|ownerId/);
    expect(text).toContain('Tagged stock is harder to sell on.');

    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action', 'user_id'])
      .where('record_id', '=', id)
      .execute();
    expect(audit).toContainEqual({ action: 'published.create', user_id: leadId });
    // The other team sees the copy, never the problem itself.
    const southChanges = (await south1.pull(0, 500)).changes;
    expect(southChanges.some((c) => c.collection === 'problems' && c.record.id === id)).toBe(false);
  });

  it('a client cannot write a published copy itself', async () => {
    const forged = editRecord('published', uuidv7(), null, { problemId: uuidv7(), title: 'x' });
    expect(only((await lead.push(forged)).results).error?.code).toBe('forbidden');
  });

  it('a return stores the feedback for the team and publishes nothing', async () => {
    const id = await closedProblem('Returned one');
    const review = decision(id, leadId, 'return', 'Please add a comparison area.');
    await apply(lead, review);
    expect(await publishedIn(north1, id)).toBeUndefined();
    const feedback = (await north1.pull(0, 500)).changes.find((c) => c.record.id === review.recordId)?.record;
    expect(feedback).toMatchObject({
      kind: 'good_practice',
      decision: 'return',
      comments: 'Please add a comparison area.',
    });
  });

  it('exports a CSV of the problems each user may read, formula-safe and audited', async () => {
    const nasty = create(undefined, problemFields('north', '=HYPERLINK("http://evil")'));
    await apply(north1, nasty);
    const southProblem = create(undefined, problemFields('south', 'South only'));
    await apply(south1, southProblem);

    const get = async (username: string) =>
      s.app.inject({
        method: 'GET',
        url: '/api/exports/problems.csv',
        headers: { cookie: await signIn(s.app, username) },
      });

    const north = await get('north1');
    expect(north.statusCode).toBe(200);
    expect(north.headers['content-type']).toMatch(/^text\/csv/);
    expect(north.headers['content-disposition']).toMatch(/attachment/);
    expect(north.body.split('\r\n')[0]).toMatch(/^"reference","title","problem_type","status"/);
    expect(north.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(north.body).not.toContain('South only');
    expect(north.body).not.toContain('VICTIM-REF-881');
    expect(north.body).not.toContain('Thefts reported');

    const leadCsv = await get('lead');
    expect(leadCsv.body).toContain('South only');
    expect(leadCsv.body).toContain('Thefts at the parade shops');

    expect((await get('admin')).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'GET', url: '/api/exports/problems.csv' })).statusCode).toBe(401);

    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action', 'user_id', 'details'])
      .where('action', '=', 'export.problems_csv')
      .execute();
    expect(audit.map((a) => a.user_id)).toEqual([north1Id, leadId]);
    const rows = north.body.trim().split('\r\n').length - 1;
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ rows });
  });

  it('records the printing of a case study as a disclosure', async () => {
    const id = await closedProblem('Printed one');
    await apply(lead, decision(id, leadId, 'publish', 'For the awards.'));
    const cookie = await signIn(s.app, 'south1');
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/good-practice/${id}/print`,
      headers: { ...HEADERS, cookie },
    });
    expect(res.statusCode).toBe(204);
    const missing = await s.app.inject({
      method: 'POST',
      url: `/api/good-practice/${uuidv7()}/print`,
      headers: { ...HEADERS, cookie },
    });
    expect(missing.statusCode).toBe(404);
    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action', 'record_id'])
      .where('action', '=', 'export.case_study_print')
      .execute();
    expect(audit).toEqual([{ action: 'export.case_study_print', record_id: id }]);
  });
});
