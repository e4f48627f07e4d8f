// Situation: server changes arrive while this device has edits of its own still waiting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Problem } from '#domain/records';
import { FIRST_PULL_LIMIT, type Mutation } from '#domain/sync';
import { createApiClient } from '#client/platform/api/client';
import { ensureDeviceId, readCursor } from '#client/platform/db/meta';
import { pullChanges } from '#client/platform/sync/engine';
import { BASE } from './fake-http';
import { makeMe, nextValue, sampleFields, startHarness, type Harness } from './harness';

function createdOnServer(title: string): Mutation {
  const recordId = uuidv7();
  return {
    id: uuidv7(),
    collection: 'problems',
    recordId,
    op: 'put',
    changes: sampleFields({ title }),
    baseVersion: null,
    at: new Date().toISOString(),
  };
}

describe('pulled while edits are pending', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('lays the pending edit on top of the newer server copy', async () => {
    const me = makeMe('alice');
    const sam = makeMe('sam');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    const db = h.inspect(me);

    h.force.editAsOther(sam, created.id, { description: 'Supervisor: check CCTV' });
    await ws.problems.update(created.id, { title: 'Youths at the rec after dark' });

    // A pull on its own, as happens when a write lands between this sync's push and its pull.
    await pullChanges({ db, api: createApiClient({ baseUrl: BASE }), deviceId: await ensureDeviceId(db) });
    const view = await db.problems.get(created.id);
    expect(view).toMatchObject({
      title: 'Youths at the rec after dark',
      description: 'Supervisor: check CCTV',
      version: 2,
    });
    expect((await db.serverRecords.get(created.id))?.record).toMatchObject({
      title: sampleFields().title,
      version: 2,
    });
    expect(await db.outbox.count()).toBe(1);

    await ws.sync.syncNow();
    const server = h.force.problems()[0];
    expect(server).toMatchObject({
      title: 'Youths at the rec after dark',
      description: 'Supervisor: check CCTV',
    });
    expect(await db.problems.get(created.id)).toEqual(server);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('pull in pages', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness({ pullLimit: 2 });
  });
  afterEach(() => {
    h.close();
  });

  it('follows hasMore to the end, stores the cursor, and resumes from it', async () => {
    const bob = makeMe('bob');
    h.force.push(bob, ['One', 'Two', 'Three', 'Four', 'Five'].map(createdOnServer));
    const me = makeMe('alice');
    const ws = await h.signIn(me);

    await ws.sync.syncNow();
    const pulls = h.knobs.requests.filter((r) => r.path === '/api/sync/pull').map((r) => r.query);
    // Each pull names the device, for the audit row of the consultation.
    expect(pulls.map((q) => q.replace(/&deviceId=[0-9a-f-]{36}$/, ''))).toEqual([
      // The second asks for the size of the rest, for the progress of a long download: the first
      // page does not wait for the count, and a one-page pull never asks.
      '?cursor=0&limit=2',
      '?cursor=2&limit=2&estimate=1',
      '?cursor=4&limit=2',
    ]);
    expect(pulls.every((q) => /&deviceId=[0-9a-f-]{36}$/.test(q))).toBe(true);
    // One request id for the whole sync (push and every page), so the server's logs can follow it.
    const ids = new Set(
      h.knobs.requests.filter((r) => r.path.startsWith('/api/sync/')).map((r) => r.requestId),
    );
    expect(ids.size).toBe(1);
    const [syncId] = [...ids];
    expect(syncId).toMatch(/^sync-[0-9a-f-]{36}$/);
    const db = h.inspect(me);
    expect(await readCursor(db)).toBe(5);
    const list = await nextValue<Problem[]>(
      (cb) => ws.problems.watchList(['team-a'], cb),
      (l) => l.length === 5,
    );
    expect(list.map((p) => p.title).sort()).toEqual(['Five', 'Four', 'One', 'Three', 'Two']);

    // A tombstone is stored but hidden from lists and single views.
    const gone = list.find((p) => p.title === 'Three');
    if (gone === undefined) throw new Error('missing');
    h.force.push(bob, [
      {
        id: uuidv7(),
        collection: 'problems',
        recordId: gone.id,
        op: 'delete',
        changes: {},
        baseVersion: gone.version,
        at: new Date().toISOString(),
      },
    ]);
    await ws.sync.syncNow();
    expect(h.knobs.requests.at(-1)?.query).toMatch(/^\?cursor=5&limit=2&deviceId=/);
    // The next sync has an id of its own.
    expect(h.knobs.requests.at(-1)?.requestId).toMatch(/^sync-/);
    expect(h.knobs.requests.at(-1)?.requestId).not.toBe(syncId);
    expect(await readCursor(db)).toBe(6);
    expect((await db.problems.get(gone.id))?.deleted).toBe(true);
    const after = await nextValue<Problem[]>(
      (cb) => ws.problems.watchList(['team-a'], cb),
      (l) => l.length === 4,
    );
    expect(after.map((p) => p.id)).not.toContain(gone.id);
    expect(await nextValue<Problem | undefined>((cb) => ws.problems.watch(gone.id, cb))).toBeUndefined();
  });
});

describe('page sizes of a pull', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('start small and double up to the limit the app asks for', async () => {
    const me = makeMe('alice');
    await h.signIn(me);
    const db = h.inspect(me);
    const real = createApiClient({ baseUrl: BASE });
    const limits: number[] = [];
    // Five empty pages, each one change number further on.
    const api = {
      ...real,
      pull: (cursor: number, limit: number) => {
        limits.push(limit);
        return Promise.resolve({ changes: [], cursor: cursor + 1, hasMore: limits.length < 5 });
      },
    };
    await pullChanges({ db, api, deviceId: await ensureDeviceId(db), pullLimit: 3000 });
    expect(limits).toEqual([FIRST_PULL_LIMIT, FIRST_PULL_LIMIT * 2, FIRST_PULL_LIMIT * 4, 3000, 3000]);
    expect(await readCursor(db)).toBe(5);
  });
});
