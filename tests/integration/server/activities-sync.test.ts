// Activities over sync, by situation: logged by an officer, seen by the team, kept from
// other teams, edited only by its author; and the force database's own collections (hotspots,
// published) refused from every device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import { client, databaseNames, signIn, startServer, type TestServer } from './helper';

function activity(recordId = uuidv7(), changes: Record<string, unknown> = {}): Mutation {
  return {
    id: uuidv7(),
    collection: 'activities',
    recordId,
    op: 'put',
    baseVersion: null,
    at: '2026-07-10T09:00:00.000Z',
    changes: {
      teamId: 'north',
      type: 'patrol',
      startedAt: '2026-07-10T08:30:00.000Z',
      durationMinutes: 30,
      position: { lat: 53.8, lng: -1.548, accuracyM: 12 },
      notes: 'Walked the square; spoke to two shopkeepers.',
      ...changes,
    },
  };
}

describe.each(databaseNames)('activities sync on %s', (db) => {
  let s: TestServer;
  const clients: Record<string, ReturnType<typeof client>> = {};
  const as = (name: string): ReturnType<typeof client> => {
    const c = clients[name];
    if (c === undefined) throw new Error(`no client ${name}`);
    return c;
  };
  beforeAll(async () => {
    s = await startServer(db);
    for (const name of ['north1', 'north2', 'south1', 'sup', 'lead', 'admin'])
      clients[name] = client(s.app, await signIn(s.app, name));
  });
  afterAll(async () => {
    await s.close();
  });

  const pulledIds = async (name: string) =>
    (await as(name).pull()).changes.filter((c) => c.collection === 'activities').map((c) => c.record.id);

  it("an officer's activity reaches the team and the supervisor, not another team or an admin", async () => {
    const m = activity();
    const { results } = await as('north1').push(m);
    expect(results[0]).toMatchObject({ status: 'applied' });
    for (const name of ['north1', 'north2', 'sup', 'lead'])
      expect(await pulledIds(name), name).toContain(m.recordId);
    for (const name of ['south1', 'admin']) expect(await pulledIds(name), name).not.toContain(m.recordId);
    const record = (await as('north2').pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({
      type: 'patrol',
      durationMinutes: 30,
      position: { lat: 53.8, lng: -1.548 },
    });
  });

  it('only its author may edit or delete it; a teammate is refused with forbidden', async () => {
    const m = activity();
    const version = (await as('north1').push(m)).results[0]?.version ?? null;
    const teammateEdit: Mutation = {
      ...activity(m.recordId, {}),
      baseVersion: version,
      changes: { durationMinutes: 45 },
    };
    expect((await as('north2').push(teammateEdit)).results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'forbidden' },
    });
    const supervisorEdit: Mutation = { ...teammateEdit, id: uuidv7() };
    expect((await as('sup').push(supervisorEdit)).results[0]).toMatchObject({ error: { code: 'forbidden' } });
    const teammateDelete: Mutation = {
      id: uuidv7(),
      collection: 'activities',
      recordId: m.recordId,
      op: 'delete',
      changes: {},
      baseVersion: version,
      at: '2026-07-10T10:00:00.000Z',
    };
    expect((await as('north2').push(teammateDelete)).results[0]).toMatchObject({
      error: { code: 'forbidden' },
    });

    const ownEdit: Mutation = {
      ...activity(m.recordId, {}),
      baseVersion: version,
      changes: { durationMinutes: 45 },
    };
    expect((await as('north1').push(ownEdit)).results[0]).toMatchObject({ status: 'applied' });
    const record = (await as('north2').pull()).changes.find((c) => c.record.id === m.recordId)?.record;
    expect(record).toMatchObject({ durationMinutes: 45 });
  });

  it("an officer cannot log an activity in another team's name", async () => {
    const { results } = await as('north1').push(activity(uuidv7(), { teamId: 'south' }));
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('roles that do not log activities cannot create one', async () => {
    for (const name of ['lead', 'admin']) {
      const { results } = await as(name).push(activity());
      expect(results[0], name).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
  });

  it('an invalid activity is refused with invalid_record', async () => {
    const { results } = await as('north1').push(activity(uuidv7(), { durationMinutes: 0 }));
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid_record' } });
  });

  it('no device may push hotspots or published records, whatever its role', async () => {
    for (const name of ['north1', 'sup', 'lead', 'admin']) {
      for (const collection of ['hotspots', 'published'] as const) {
        const { results } = await as(name).push({
          id: uuidv7(),
          collection,
          recordId: uuidv7(),
          op: 'put',
          baseVersion: null,
          at: '2026-07-10T09:00:00.000Z',
          changes: { teamId: 'north', name: 'Mine' },
        });
        expect(results[0], `${name} ${collection}`).toMatchObject({
          status: 'rejected',
          error: { code: 'forbidden' },
        });
      }
    }
    const rows = await s.store.db
      .selectFrom('records')
      .select('id')
      .where('collection', 'in', ['hotspots', 'published'])
      .execute();
    expect(rows).toEqual([]);
  });
});
