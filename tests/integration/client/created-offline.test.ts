// Situation: an officer records a problem with no signal, and it reaches the force database later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import { makeMe, nextValue, statusWhen, sampleFields, startHarness, type Harness } from './harness';

describe('created offline then synced', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('queues one mutation, pushes it, and the pull brings the server reference', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    h.knobs.offline = true;

    const created = await ws.problems.create(sampleFields());
    expect(created).toMatchObject({
      version: null,
      reference: null,
      createdBy: me.id,
      updatedBy: me.id,
      deleted: false,
    });

    const db = h.inspect(me);
    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      collection: 'problems',
      recordId: created.id,
      op: 'put',
      baseVersion: null,
      changes: sampleFields(),
    });

    await ws.sync.syncNow();
    expect(ws.sync.getStatus()).toMatchObject({ online: false, lastSyncedAt: null });
    expect(ws.sync.getStatus().lastError).toBe('network_error');
    expect(await db.outbox.count()).toBe(1);

    h.knobs.offline = false;
    await ws.sync.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(h.force.problems()).toHaveLength(1);
    const view = await db.problems.get(created.id);
    expect(view?.reference).toMatch(/^PS-2026-\d{6}$/);
    expect(view?.version).toBeGreaterThan(0);
    expect(ws.sync.getStatus()).toMatchObject({ online: true, lastError: null, sessionExpired: false });
    expect(ws.sync.getStatus().lastSyncedAt).not.toBeNull();

    const listed = await nextValue<Problem[]>(
      (cb) => ws.problems.watchList(['team-a'], cb),
      (list) => list.length === 1,
    );
    expect(listed[0]?.reference).toBe(view?.reference);
    const pending = await statusWhen(ws, (s) => s.pending === 0);
    expect(pending.pending).toBe(0);
  });

  it('an edit sends only the changed fields, from the synced version', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    const db = h.inspect(me);
    const synced = await db.problems.get(created.id);

    const updated = await ws.problems.update(created.id, {
      title: 'Youths at the rec after dark',
      status: 'scanning',
    });
    expect(updated.title).toBe('Youths at the rec after dark');
    const [mutation] = await db.outbox.toArray();
    expect(mutation?.changes).toEqual({ title: 'Youths at the rec after dark' });
    expect(mutation?.baseVersion).toBe(synced?.version);

    await ws.sync.syncNow();
    expect(h.force.problems()[0]?.title).toBe('Youths at the rec after dark');
    expect(h.force.processed.size).toBe(2);
  });

  it('an edit made before the pull is based on the version the push created', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    h.knobs.pullDown = true;
    await ws.sync.syncNow();
    const db = h.inspect(me);
    expect(await db.outbox.count()).toBe(0);
    const serverVersion = h.force.problems()[0]?.version;

    await ws.problems.update(created.id, { status: 'analysis' });
    expect((await db.outbox.toArray())[0]?.baseVersion).toBe(serverVersion);
    h.knobs.pullDown = false;
    await ws.sync.syncNow();
    expect(h.force.processed.size).toBe(2);
    const results = [...h.force.processed.values()].map((p) => p.result);
    expect(results.map((r) => [r.status, r.conflicts])).toEqual([
      ['applied', []],
      ['applied', []],
    ]);
  });

  it('saving unchanged fields queues nothing', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const created = await ws.problems.create(sampleFields());
    const db = h.inspect(me);
    const again = await ws.problems.update(created.id, { title: created.title });
    expect(again).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });
});
