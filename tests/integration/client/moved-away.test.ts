// Situation: a problem moved to another team (issue 13). The force database's feed says the
// record left this reader's reach (`leftScope`); the device drops it, its server copy and the
// conflicts kept on it, unless the officer still has an edit of it waiting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { createApiClient } from '#client/platform/api/client';
import { ensureDeviceId } from '#client/platform/db/meta';
import { pullChanges } from '#client/platform/sync/engine';
import { BASE } from './fake-http';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

describe('moved to another team', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('drops the record, its server copy and its conflicts at the next pull', async () => {
    const alice = makeMe('alice');
    const bob = h.force.addUser(makeMe('bob'));
    const ws = await h.signIn(alice);
    const created = await ws.problems.create(sampleFields({ locationText: 'Rec ground' }));
    await ws.sync.syncNow();
    const base = h.force.problems()[0]?.version ?? 0;
    await ws.problems.update(created.id, { locationText: 'Mill Lane car park' });
    await ws.sync.syncNow();
    h.force.push(bob, [
      {
        id: uuidv7(),
        collection: 'problems',
        recordId: created.id,
        op: 'put',
        changes: { locationText: 'Station Road' },
        baseVersion: base,
        at: new Date().toISOString(),
      },
    ]);
    await ws.sync.syncNow();
    const db = h.inspect(alice);
    expect(await db.conflicts.count()).toBe(1);

    h.force.moveAway(created.id);
    await ws.sync.syncNow();
    expect(await db.problems.get(created.id)).toBeUndefined();
    expect(await db.serverRecords.get(created.id)).toBeUndefined();
    expect(await db.conflicts.count()).toBe(0);
  });

  it('keeps the view while the officer still has an edit of it waiting', async () => {
    const alice = makeMe('alice');
    const ws = await h.signIn(alice);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    await ws.problems.update(created.id, { title: 'Typed before the move arrived' });
    h.force.moveAway(created.id);
    const db = h.inspect(alice);
    await pullChanges({ db, api: createApiClient({ baseUrl: BASE }), deviceId: await ensureDeviceId(db) });
    expect(await db.serverRecords.get(created.id)).toBeUndefined();
    expect(await db.problems.get(created.id)).toMatchObject({ title: 'Typed before the move arrived' });
    expect(await db.outbox.count()).toBe(1);
  });
});
