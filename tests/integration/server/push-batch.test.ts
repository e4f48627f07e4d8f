// A push applied as a batch (push-batch.ts) leaves the force database exactly as the same
// mutations applied one at a time (applyMutation, each in its own transaction, as push did before
// batching): the same results, records, conflicts, idempotency rows, team exits and audit rows,
// and an audit chain that verifies. Change numbers may differ (a batch takes them as blocks), so
// they are compared by their order: each number is replaced by its rank among those in use.
//
// The batches mix what the batch buffers (activities) with what goes its own way in the middle of
// a batch (a new problem, an activity moved to another team), retries and reused ids inside one
// request, rejections, stale bases that conflict, a delete and an edit that brings it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult } from '#domain/sync';
import { verifyAuditChain } from '#server/audit/store/audit-chain';
import { push, applyMutation } from '#server/sync/push';
import type { Actor } from '#server/sync/access';
import { databaseNames, problemFields, startServer, type TestServer } from './helper';
import { newAction } from './osara-fixtures';

type VersionOf = (label: string) => number;
interface Step {
  user: 'north1' | 'north2' | 'sup';
  /** A device's own earlier edits never conflict with its later ones, so stale edits come from another. */
  device?: string;
  mutations: (v: VersionOf) => [label: string, m: Mutation][];
}

const at = (minute: number): string => new Date(Date.UTC(2026, 5, 1, 9, minute)).toISOString();
const ids = new Map<string, string>();
const id = (name: string): string => {
  const known = ids.get(name) ?? uuidv7();
  ids.set(name, known);
  return known;
};

function activity(
  record: string,
  changes: Record<string, unknown>,
  baseVersion: number | null,
  minute: number,
) {
  return {
    id: uuidv7(),
    collection: 'activities' as const,
    recordId: id(record),
    op: 'put' as const,
    changes,
    baseVersion,
    at: at(minute),
  };
}
const patrol = (teamId: string, notes: string) => ({
  teamId,
  type: 'patrol',
  startedAt: at(0),
  durationMinutes: 30,
  notes,
});

// Mutation objects are made once, so both databases receive the same ids and contents (a retry
// is the very same object); a base version is read from the database it is sent to.
const retried = activity('a2', patrol('north', 'Second patrol'), null, 2);
const problem: Mutation = {
  id: uuidv7(),
  collection: 'problems',
  recordId: id('p1'),
  op: 'put',
  changes: problemFields(),
  baseVersion: null,
  at: at(4),
};
const action = newAction(id('p1'));
const steps: Step[] = [
  {
    user: 'north1',
    mutations: () => [
      ['a1 created', activity('a1', patrol('north', 'First patrol'), null, 1)],
      ['a2 created', retried],
      ['a1 renamed offline', activity('a1', { notes: 'First patrol, shops' }, null, 3)],
      ['invalid', activity('a3', { ...patrol('north', 'x'), durationMinutes: -5 }, null, 3)],
      ['problem', problem],
      ['action', action],
      ['a4 linked', activity('a4', { ...patrol('north', 'Linked'), problemId: id('p1') }, null, 5)],
      ['a5 unknown link', activity('a5', { ...patrol('north', 'Linked'), problemId: uuidv7() }, null, 5)],
      ['a2 retried', retried],
      ['a2 reused id', { ...retried, changes: { ...retried.changes, notes: 'Other words' } }],
    ],
  },
  {
    user: 'north2',
    mutations: (v) => [['not the author', activity('a1', { notes: 'Mine now' }, v('a1 renamed offline'), 6)]],
  },
  {
    user: 'sup',
    mutations: (v) => [
      ['s1 created', activity('s1', patrol('north', 'Supervisor patrol'), null, 7)],
      ['s1 moved', activity('s1', { teamId: 'south' }, null, 8)],
      ['s1 noted', activity('s1', { notes: 'Moved to south' }, null, 9)],
      ['s2 created', activity('s2', patrol('south', 'After the move'), null, 9)],
      // A problem's move renumbers its action above the batch's block of numbers; what follows
      // must still come after it.
      [
        'p1 moved',
        { ...problem, id: uuidv7(), changes: { teamId: 'south' }, baseVersion: v('problem'), at: at(9) },
      ],
      ['s3 created', activity('s3', patrol('south', 'After the problem moved'), null, 9)],
      ['a1 by sup', activity('a1', { notes: 'Not the author either' }, v('a1 created'), 9)],
    ],
  },
  {
    user: 'north1',
    device: 'tablet-2',
    mutations: (v) => [
      ['a1 stale edit', activity('a1', { notes: 'From the old copy' }, v('a1 created'), 10)],
      ['a2 deleted', { ...activity('a2', {}, v('a2 created'), 11), op: 'delete' }],
      ['a2 edited unseen', activity('a2', { durationMinutes: 45 }, v('a2 created'), 12)],
      ['a4 edited', activity('a4', { durationMinutes: 20 }, v('a4 linked'), 12)],
    ],
  },
];

type Apply = (
  s: TestServer,
  ctx: { actor: Actor; deviceId: string },
  mutations: Mutation[],
) => Promise<MutationResult[]>;

const batched: Apply = async (s, ctx, mutations) =>
  (await push(s.store.db, ctx, { deviceId: ctx.deviceId, mutations })).results;

const oneByOne: Apply = async (s, ctx, mutations) => {
  const results: MutationResult[] = [];
  for (const m of mutations)
    results.push(await s.store.db.transaction().execute((trx) => applyMutation(trx, ctx, m)));
  return results;
};

async function actorOf(s: TestServer, username: string): Promise<Actor> {
  const user = await s.store.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const teams = await s.store.db
    .selectFrom('team_members')
    .select('team_id')
    .where('user_id', '=', user.id)
    .execute();
  return { id: user.id, role: user.role as Actor['role'], teamIds: teams.map((t) => t.team_id) };
}

/** Runs every step; returns the results by label, with user ids by username for comparing. */
async function run(s: TestServer, apply: Apply): Promise<Map<string, MutationResult>> {
  const byLabel = new Map<string, MutationResult>();
  const v: VersionOf = (label) => {
    const version = byLabel.get(label)?.version;
    if (version === undefined) throw new Error(`no version for ${label}`);
    return version;
  };
  for (const step of steps) {
    // The same mutation ids in both databases: each label's own, but for the retry and the reused
    // id, which are the point of sending one id twice.
    const labelled = step
      .mutations(v)
      .map(([label, m]): [string, Mutation] => [
        label,
        m.id === retried.id || m === problem ? m : { ...m, id: id(`mutation ${label}`) },
      ]);
    const results = await apply(
      s,
      { actor: await actorOf(s, step.user), deviceId: step.device ?? 'tablet-1' },
      labelled.map(([, m]) => m),
    );
    for (const [i, [label]] of labelled.entries()) byLabel.set(label, results[i] as MutationResult);
  }
  return byLabel;
}

/** Everything the push wrote, with change numbers replaced by rank and user ids by username. */
async function snapshot(s: TestServer, results: Map<string, MutationResult>) {
  const db = s.store.db;
  const users = new Map(
    (await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.id, u.username]),
  );
  const records = await db.selectFrom('records').selectAll().orderBy('collection').orderBy('id').execute();
  const conflicts = await db
    .selectFrom('conflicts')
    .selectAll()
    .orderBy('mutation_id')
    .orderBy('field')
    .execute();
  const processed = await db.selectFrom('processed_mutations').selectAll().orderBy('id').execute();
  const exits = await db
    .selectFrom('scope_exits')
    .selectAll()
    .orderBy('record_id')
    .orderBy('version')
    .execute();
  const audit = await db.selectFrom('audit').selectAll().orderBy('seq').execute();

  const used = new Set<number>();
  for (const r of records) {
    used.add(r.version);
    for (const n of Object.values(JSON.parse(r.field_versions) as Record<string, number>)) used.add(n);
  }
  for (const c of conflicts) used.add(c.version);
  for (const e of exits) used.add(e.version);
  for (const r of results.values()) if (r.version !== undefined) used.add(r.version);
  const ranks = new Map([...used].sort((a, b) => a - b).map((n, i) => [n, i]));
  const rank = (n: unknown): unknown => (typeof n === 'number' ? (ranks.get(n) ?? `unused ${String(n)}`) : n);
  const who = (u: unknown): unknown => (typeof u === 'string' ? (users.get(u) ?? u) : u);
  const result = (r: MutationResult) => ({
    ...r,
    version: rank(r.version),
    conflicts: r.conflicts?.map((c) => ({ ...c, replacedBy: who(c.replacedBy) })),
  });
  const details = (text: string | null) => {
    const d = text === null ? null : (JSON.parse(text) as Record<string, unknown>);
    return d === null ? null : { ...d, version: rank(d.version) };
  };

  return {
    results: [...results].map(([label, r]) => [label, result(r)]),
    records: records.map((r) => ({
      key: `${r.collection}/${r.id}`,
      team: r.team_id,
      version: rank(r.version),
      origin: rank(r.origin_version),
      deleted: r.deleted,
      data: JSON.parse(r.data) as unknown,
      fieldVersions: Object.fromEntries(
        Object.entries(JSON.parse(r.field_versions) as Record<string, number>).map(([f, n]) => [f, rank(n)]),
      ),
      fieldAuthors: Object.fromEntries(
        Object.entries(JSON.parse(r.field_authors) as Record<string, { by: string }>).map(([f, a]) => [
          f,
          { ...a, by: who(a.by) },
        ]),
      ),
      createdBy: who(r.created_by),
      updatedBy: who(r.updated_by),
      reference: r.reference,
    })),
    conflicts: conflicts.map((c) => ({
      record: c.record_id,
      team: c.team_id,
      mutation: c.mutation_id,
      version: rank(c.version),
      field: c.field,
      replaced: c.replaced_value,
      value: c.value,
      by: who(c.by),
    })),
    processed: processed.map((p) => ({
      id: p.id,
      user: who(p.user_id),
      result: result(JSON.parse(p.result) as MutationResult),
    })),
    exits: exits.map((e) => ({
      key: `${e.collection}/${e.record_id}`,
      team: e.team_id,
      version: rank(e.version),
    })),
    audit: audit
      .filter((a) => a.collection !== null) // the push's rows, not the set-up's
      .map((a) => ({
        action: a.action,
        user: who(a.user_id),
        record: a.record_id,
        details: details(a.details),
      })),
    chain: await verifyAuditChain(db),
  };
}

describe.each(databaseNames)('a push batch on %s', (name) => {
  let batchedServer: TestServer;
  let referenceServer: TestServer;
  beforeAll(async () => {
    [batchedServer, referenceServer] = await Promise.all([startServer(name), startServer(name)]);
  });
  afterAll(async () => {
    await Promise.all([batchedServer.close(), referenceServer.close()]);
  });

  it('leaves the database exactly as applying its mutations one at a time does', async () => {
    const batchedResults = await run(batchedServer, batched);
    const referenceResults = await run(referenceServer, oneByOne);
    const got = await snapshot(batchedServer, batchedResults);
    const want = await snapshot(referenceServer, referenceResults);

    // The scenario does what it sets out to: each kind of outcome happens.
    const status = (label: string): string | undefined => batchedResults.get(label)?.status;
    expect(status('a1 created')).toBe('applied');
    expect(batchedResults.get('invalid')?.error?.code).toBe('invalid_record');
    expect(status('problem')).toBe('applied');
    expect(status('a4 linked')).toBe('applied');
    expect(batchedResults.get('a5 unknown link')?.error?.code).toBe('linked_problem_unknown');
    expect(batchedResults.get('a2 retried')).toEqual(batchedResults.get('a2 created'));
    expect(batchedResults.get('a2 reused id')?.error?.code).toBe('mutation_id_reused');
    expect(batchedResults.get('not the author')?.error?.code).toBe('forbidden');
    expect(status('s1 moved')).toBe('applied');
    expect(status('p1 moved')).toBe('applied');
    expect(got.exits).toHaveLength(3);
    expect(got.conflicts.length).toBeGreaterThanOrEqual(2);
    expect(got.chain).toMatchObject({ ok: true });

    expect(got).toEqual(want);
  });
});
