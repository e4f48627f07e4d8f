// The redaction review on the force database (must-show 4 and the server half of 5):
// only a nominated problem is published; a publish whose copy still holds an undecided span is
// refused with personal_data_unreviewed; decisions are stored with the publication and audited;
// a later change marks the copy out of date; a withdrawal empties the copy on every device.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult } from '#domain/sync';
import { client, create, databaseNames, problemFields, signIn, startServer, type TestServer } from './helper';
import { saveRecord } from '../../../server/platform/store/records';
import { goodPracticeCommands } from '../../../server/good-practice/commands';
import { testConfig } from './helper';
import { assessment, editRecord, newAction, newReview, objective, userId } from './osara-fixtures';

type Client = ReturnType<typeof client>;

const only = (results: MutationResult[]): MutationResult => {
  const [result] = results;
  if (result === undefined) throw new Error('no result');
  return result;
};

const PLANTED = ['Jane Doe', '22 Mill Lane', '07700 900123', 'AB12 CDE', 'jane dot doe at gmail dot com'];
const DESCRIPTION =
  'Jane Doe of 22 Mill Lane rang on 07700 900123 about a car, AB12 CDE; she wrote from jane dot doe at gmail dot com. Youths gather on Mill Lane.';

interface Undecided {
  path: string;
  kind: string;
  text: string;
}

const removeAll = (spans: readonly Undecided[]) => spans.map((s) => ({ ...s, action: 'remove' }));

describe.each(databaseNames)('the redaction review on %s', (db) => {
  let s: TestServer;
  let north1: Client;
  let south1: Client;
  let lead: Client;
  let leadId = '';
  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    lead = client(s.app, await signIn(s.app, 'lead'));
    leadId = await userId(s, 'lead');
    const supId = await userId(s, 'sup');
    sup = { client: client(s.app, await signIn(s.app, 'sup')), id: supId };
  });
  let sup: { client: Client; id: string };
  afterAll(async () => {
    await s.close();
  });

  const apply = async (by: Client, m: Mutation): Promise<number> => {
    const result = only((await by.push(m)).results);
    expect(result.error).toBeUndefined();
    return result.version ?? 0;
  };

  /** A closed north problem whose description holds personal data of several kinds. */
  async function closedProblem(nominate = true): Promise<{ id: string; version: number }> {
    const m = create(undefined, {
      ...problemFields('north', 'Youths at the shops'),
      description: DESCRIPTION,
      objective,
      status: 'response',
    });
    const v = await apply(north1, m);
    await apply(
      north1,
      newAction(m.recordId, { description: 'Alley gates fitted', techniques: ['control_access'] }),
    );
    const assessed = await apply(
      north1,
      editRecord('problems', m.recordId, v, { status: 'assessment', assessment }),
    );
    await apply(sup.client, newReview(m.recordId, sup.id));
    const version = await apply(north1, editRecord('problems', m.recordId, assessed, { status: 'closed' }));
    if (nominate) await apply(north1, editRecord('nominations', uuidv7(), null, { problemId: m.recordId }));
    return { id: m.recordId, version };
  }

  const publish = (problemId: string, redactions: unknown[], comments = 'Gates and lighting worked.') =>
    lead.push(
      newReview(problemId, leadId, { kind: 'good_practice', decision: 'publish', comments, redactions }),
    );

  const copyIn = async (by: Client, problemId: string) =>
    (await by.pull(0, 500)).changes
      .filter((c) => c.collection === 'published' && c.record.id === problemId)
      .at(-1)?.record;

  it('refuses to publish a problem nobody nominated', async () => {
    const { id } = await closedProblem(false);
    expect(only((await publish(id, [])).results).error?.code).toBe('publish_not_nominated');
  });

  it('refuses a copy with an undecided span, listing what is left, until every span is decided', async () => {
    const { id } = await closedProblem();
    const refused = only((await publish(id, [])).results);
    expect(refused.status).toBe('rejected');
    expect(refused.error?.code).toBe('personal_data_unreviewed');
    const { undecided } = refused.error?.details as { undecided: Undecided[] };
    const texts = undecided.map((u) => u.text);
    for (const item of PLANTED) expect(texts).toContain(item);
    expect(texts).not.toContain('Mill Lane');

    // One span left undecided is still a refusal.
    const partly = only((await publish(id, removeAll(undecided.slice(1)))).results);
    expect(partly.error?.code).toBe('personal_data_unreviewed');
    expect((partly.error?.details as { count: number }).count).toBe(1);
    expect(await copyIn(south1, id)).toBeUndefined();

    // Every span decided: the registration kept (the lesson depends on it), the rest removed.
    const decisions = undecided.map((u) => ({ ...u, action: u.text === 'AB12 CDE' ? 'keep' : 'remove' }));
    const review = newReview(id, leadId, {
      kind: 'good_practice',
      decision: 'publish',
      comments: 'Gates worked.',
      redactions: decisions,
    });
    await apply(lead, review);
    const copy = await copyIn(south1, id);
    const text = JSON.stringify(copy);
    for (const item of PLANTED.filter((p) => p !== 'AB12 CDE')) expect(text).not.toContain(item);
    expect(text).toContain('[a name] of [an address] rang on [a phone number]');
    expect(text).toContain('AB12 CDE');
    expect(copy?.reviewId).toBe(review.recordId);
    expect(copy?.decisions).toContainEqual({
      path: 'scanning.description',
      kind: 'vehicle',
      action: 'keep',
      text: 'AB12 CDE',
    });
    expect(copy?.decisions).toContainEqual({ path: 'scanning.description', kind: 'name', action: 'remove' });

    // The decisions, with who made them, are stored with the publish decision; the audit counts them.
    const stored = (await north1.pull(0, 500)).changes.find((c) => c.record.id === review.recordId)?.record;
    expect(stored).toMatchObject({ reviewer: leadId, redactions: decisions });
    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action', 'user_id', 'details'])
      .where('record_id', '=', id)
      .where('action', '=', 'published.create')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.user_id).toBe(leadId);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
      reviewId: review.recordId,
      redaction: { removed: decisions.length - 1, kept: 1 },
    });
    expect(audit[0]?.details).not.toContain('Jane Doe');
  });

  it('marks the copy out of date when the problem changes, without changing its content', async () => {
    const { id, version } = await closedProblem();
    const undecided = (only((await publish(id, [])).results).error?.details as { undecided: Undecided[] })
      .undecided;
    await apply(
      lead,
      newReview(id, leadId, {
        kind: 'good_practice',
        decision: 'publish',
        comments: 'S',
        redactions: removeAll(undecided),
      }),
    );
    expect((await copyIn(lead, id))?.outOfDate).toBeUndefined();
    await apply(
      north1,
      editRecord('problems', id, version, { description: `${DESCRIPTION} Call Tom Hughes on 07700 900999.` }),
    );
    const copy = await copyIn(lead, id);
    expect(copy?.outOfDate).toBe(true);
    expect(JSON.stringify(copy)).not.toContain('Tom Hughes');
  });

  it('withdraws a copy: every reader pulls an emptied tombstone; it can be published again after review', async () => {
    const { id } = await closedProblem();
    const undecided = (only((await publish(id, [])).results).error?.details as { undecided: Undecided[] })
      .undecided;
    await apply(
      lead,
      newReview(id, leadId, {
        kind: 'good_practice',
        decision: 'publish',
        comments: 'S',
        redactions: removeAll(undecided),
      }),
    );
    const before = await south1.pull(0, 500);
    expect((await copyIn(south1, id))?.title).toBe('Youths at the shops');

    await apply(
      lead,
      newReview(id, leadId, {
        kind: 'good_practice',
        decision: 'withdraw',
        comments: 'A name slipped through.',
      }),
    );
    const after = await south1.pull(before.cursor, 500);
    const tombstone = after.changes.find((c) => c.collection === 'published' && c.record.id === id)?.record;
    expect(tombstone).toMatchObject({ deleted: true, withdrawn: true, title: '', summary: '', body: {} });
    expect(JSON.stringify(tombstone)).not.toContain('Gates');
    const audit = await s.store.db
      .selectFrom('audit')
      .select(['action'])
      .where('record_id', '=', id)
      .where('action', '=', 'published.withdraw')
      .execute();
    expect(audit).toHaveLength(1);
    expect(
      only(
        (
          await lead.push(
            newReview(id, leadId, { kind: 'good_practice', decision: 'withdraw', comments: 'Again' }),
          )
        ).results,
      ).error?.code,
    ).toBe('nothing_to_withdraw');

    await apply(
      lead,
      newReview(id, leadId, {
        kind: 'good_practice',
        decision: 'publish',
        comments: 'Reviewed again.',
        redactions: removeAll(undecided),
      }),
    );
    expect(await copyIn(south1, id)).toMatchObject({ deleted: false, summary: 'Reviewed again.' });
  });

  it('published:rescan lists the copies made before the review in which the detector finds something', async () => {
    const { id: reviewedId } = await closedProblem();
    const undecided = (
      only((await publish(reviewedId, [])).results).error?.details as { undecided: Undecided[] }
    ).undecided;
    await apply(
      lead,
      newReview(reviewedId, leadId, {
        kind: 'good_practice',
        decision: 'publish',
        comments: 'S',
        redactions: removeAll(undecided),
      }),
    );
    // A copy as the old patterns made it: an untitled lower-case name and a house number slipped through.
    const old = uuidv7();
    const data = {
      problemId: old,
      reference: 'PS-2025-000007',
      title: 'Old copy',
      problemType: 'asb_youth',
      summary: 'Thanks to jane doe.',
      body: { scanning: { description: 'Youths outside 22 Mill Lane.' } },
    };
    await saveRecord(s.store.db, {
      collection: 'published',
      id: old,
      teamId: null,
      version: 1,
      originVersion: 1,
      deleted: false,
      data,
      fieldVersions: {},
      fieldAuthors: {},
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: leadId,
      updatedAt: '2025-01-01T00:00:00.000Z',
      updatedBy: leadId,
      reference: null,
    });

    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    try {
      await goodPracticeCommands['published:rescan']?.run({
        store: s.store,
        config: testConfig(),
        args: [],
        readStdin: () => Promise.resolve(''),
      });
    } finally {
      log.mockRestore();
    }
    const printed = lines.join('\n');
    expect(printed).toContain('PS-2025-000007  Old copy');
    expect(printed).toMatch(
      /1 name in summary, body\.scanning\.description|1 name, 1 address in summary, body\.scanning\.description/,
    );
    expect(printed).not.toContain('jane doe');
    expect(printed).not.toContain('Youths at the shops');
    const audit = await s.store.db
      .selectFrom('audit')
      .select(['details'])
      .where('action', '=', 'published.rescan')
      .execute();
    expect(audit.at(-1)?.details).toContain(old);
  });
});
