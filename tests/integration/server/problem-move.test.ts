// Moving a problem to another team (issue 13, item 1), by situation: the new team pulls the problem
// with every record that belongs to it and their conflicts; the old team's devices are told, at
// their next pull, that each of them has left their reach, and receive none of their content; the
// stage gates and publishing find the children where the problem now lives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult, PulledChange } from '#domain/sync';
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
import { assessment, editRecord, newAction, newReview, objective, userId } from './osara-fixtures';

type Client = ReturnType<typeof client>;

async function pullAll(c: Client, from = 0): Promise<{ changes: PulledChange[]; cursor: number }> {
  const changes: PulledChange[] = [];
  let cursor = from;
  for (;;) {
    const page = await c.pull(cursor, 3);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

describe.each(databaseNames)('moving a problem to another team on %s', (db) => {
  let s: TestServer;
  let north1: Client;
  let north2: Client;
  let south1: Client;
  let sup: Client;
  let lead: Client;
  const ids: Record<string, string> = {};
  let northCursor = 0;
  let moveVersion = 0;

  const apply = async (by: Client, m: Mutation): Promise<MutationResult> => {
    const [result] = (await by.push(m)).results;
    expect(result?.error).toBeUndefined();
    if (result === undefined) throw new Error('no result');
    return result;
  };

  beforeAll(async () => {
    s = await startServer(db);
    north1 = client(s.app, await signIn(s.app, 'north1'));
    north2 = client(s.app, await signIn(s.app, 'north2'));
    south1 = client(s.app, await signIn(s.app, 'south1'));
    sup = client(s.app, await signIn(s.app, 'sup'));
    lead = client(s.app, await signIn(s.app, 'lead'));
    const supId = await userId(s, 'sup');
    const p = create(uuidv7(), {
      ...problemFields('north', 'Thefts from cars, Mill Lane'),
      objective,
      status: 'response',
    });
    ids.problem = p.recordId;
    const created = await apply(north1, p);
    const action = newAction(p.recordId, {
      description: 'Visited victim at no. 4',
      techniques: ['target_harden'],
    });
    ids.action = action.recordId;
    const actionMade = await apply(north1, action);
    // Two officers edit the same fields from the same copy: conflicts on the problem and the action.
    await apply(north1, edit(p.recordId, created.version ?? null, { description: 'Four a week.' }));
    await apply(north2, edit(p.recordId, created.version ?? null, { description: 'Five a week.' }));
    await apply(
      north1,
      editRecord('actions', action.recordId, actionMade.version ?? null, {
        description: 'Visited victim at no. 4, door shut',
      }),
    );
    await apply(
      north2,
      editRecord('actions', action.recordId, actionMade.version ?? null, {
        description: 'Visited victim at no. 4',
      }),
    );
    const now = (await north1.pull(0, 500)).changes.find((c) => c.record.id === p.recordId)?.record.version;
    const assessed = await apply(north1, edit(p.recordId, now ?? null, { status: 'assessment', assessment }));
    const review = newReview(p.recordId, supId);
    ids.review = review.recordId;
    await apply(sup, review);
    const evaluation = editRecord('evaluations', p.recordId, null, {
      problemId: p.recordId,
      emmie: { mechanism: 'Locked cars are passed over.' },
    });
    await apply(north1, evaluation);
    const nomination = editRecord('nominations', uuidv7(), null, { problemId: p.recordId, reason: 'Cheap.' });
    ids.nomination = nomination.recordId;
    await apply(north1, nomination);
    northCursor = (await pullAll(north1)).cursor;
    // The supervisor of both teams moves it to South.
    moveVersion =
      (await apply(sup, edit(p.recordId, assessed.version ?? null, { teamId: 'south' }))).version ?? 0;
  });
  afterAll(async () => {
    await s.close();
  });

  const children = () => [ids.action, ids.review, ids.nomination];

  it('gives the new team the problem, every record of it and their conflicts, under new numbers', async () => {
    const { changes } = await pullAll(south1);
    const got = (collection: string, id: string | undefined) =>
      changes.find((c) => c.collection === collection && c.record.id === id && c.leftScope !== true);
    for (const [collection, id] of [
      ['problems', ids.problem],
      ['actions', ids.action],
      ['reviews', ids.review],
      ['evaluations', ids.problem],
      ['nominations', ids.nomination],
    ] as const) {
      const record = got(collection, id)?.record;
      expect({ collection, pulled: record !== undefined }).toEqual({ collection, pulled: true });
      expect(record?.version).toBeGreaterThanOrEqual(moveVersion);
    }
    expect(got('actions', ids.action)?.record.description).toBe('Visited victim at no. 4');
    const conflicts = changes.filter((c) => c.collection === 'conflicts');
    expect(conflicts.map((c) => c.record.recordId).sort()).toEqual([ids.action, ids.problem].sort());
    for (const c of conflicts) expect(c.record.version).toBeGreaterThanOrEqual(moveVersion);
  });

  it('tells the old team’s devices at their next pull that each record left their reach, and nothing more', async () => {
    const { changes } = await pullAll(north1, northCursor);
    const left = changes.filter((c) => c.leftScope === true);
    expect(left.map((c) => `${c.collection}/${c.record.id}`).sort()).toEqual(
      [
        `problems/${ids.problem}`,
        `actions/${ids.action}`,
        `reviews/${ids.review}`,
        `evaluations/${ids.problem}`,
        `nominations/${ids.nomination}`,
      ].sort(),
    );
    for (const c of left) expect(Object.keys(c.record).sort()).toEqual(['deleted', 'id', 'version']);
    expect(changes.filter((c) => c.leftScope !== true)).toEqual([]);
    // A device of the old team starting afresh receives none of it either.
    const fresh = await pullAll(north2);
    const moved = new Set([ids.problem, ...children()]);
    expect(fresh.changes.filter((c) => moved.has(c.record.id) && c.leftScope !== true)).toEqual([]);
    expect(fresh.changes.filter((c) => c.collection === 'conflicts')).toEqual([]);
  });

  it('a reader of both teams keeps every record (it never left their reach)', async () => {
    const { changes } = await pullAll(sup);
    expect(changes.filter((c) => c.leftScope === true)).toEqual([]);
  });

  it('runs the stage gates and publishing on the children where the problem now lives', async () => {
    const stored = (await pullAll(south1)).changes.find(
      (c) => c.record.id === ids.problem && c.collection === 'problems',
    );
    const closed = await apply(
      south1,
      edit(ids.problem ?? '', stored?.record.version ?? null, { status: 'closed' }),
    );
    expect(closed.status).toBe('applied');
    const leadId = await userId(s, 'lead');
    await apply(
      lead,
      newReview(ids.problem ?? '', leadId, {
        kind: 'good_practice',
        decision: 'publish',
        comments: 'Locks work.',
      }),
    );
    const copy = (await pullAll(lead)).changes.find((c) => c.collection === 'published')?.record;
    expect(copy?.techniques).toEqual(['target_harden']);
    expect(JSON.stringify(copy)).toContain('Locked cars are passed over.');
  });
});
