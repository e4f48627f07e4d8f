// Situation: edited on two devices. The force database kept the value the later arrival replaced;
// this device pulls it, shows it through the conflicts repository, and "Restore my value" is an
// ordinary edit in the outbox.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { ConflictNotice, Workspace } from '#client/app/contract';
import { makeMe, nextValue, sampleFields, startHarness, type Harness } from './harness';

function conflictsOf(ws: Workspace) {
  if (ws.conflicts === undefined) throw new Error('the workspace has no conflicts repository');
  return ws.conflicts;
}

describe('edited on two devices', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  /** Alice's location edit reaches the server first; Bob's, made from the same copy, replaces it. */
  async function replacedByBob() {
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
    return { alice, bob, ws, id: created.id };
  }

  it('the replaced author sees the notice, naming the other officer, with both values', async () => {
    const { alice, bob, ws, id } = await replacedByBob();
    const notices = await nextValue<ConflictNotice[]>(
      (cb) => conflictsOf(ws).watchForRecord(id, cb),
      (n) => n.length > 0,
    );
    expect(notices).toEqual([
      expect.objectContaining({
        recordId: id,
        field: 'locationText',
        involvement: 'replaced',
        replacedValue: 'Mill Lane car park',
        replacedBy: alice.id,
        value: 'Station Road',
        currentValue: 'Station Road',
        by: bob.id,
        byName: 'PC bob',
      }),
    ]);
    expect(await h.inspect(alice).conflicts.count()).toBe(1);
  });

  it('"Restore my value" queues an ordinary edit with the old value, and the notice closes', async () => {
    const { alice, ws, id } = await replacedByBob();
    const db = h.inspect(alice);
    const [notice] = await nextValue<ConflictNotice[]>(
      (cb) => conflictsOf(ws).watchForRecord(id, cb),
      (n) => n.length > 0,
    );
    const serverVersion = h.force.problems()[0]?.version;
    await conflictsOf(ws).restore(notice?.id ?? '');

    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      expect.objectContaining({
        collection: 'problems',
        recordId: id,
        op: 'put',
        changes: { locationText: 'Mill Lane car park' },
        baseVersion: serverVersion,
      }),
    ]);
    expect((await db.problems.get(id))?.locationText).toBe('Mill Lane car park');
    expect(await nextValue<ConflictNotice[]>((cb) => conflictsOf(ws).watchForRecord(id, cb))).toEqual([]);

    await ws.sync.syncNow();
    expect(h.force.problems()[0]?.locationText).toBe('Mill Lane car park');
    // Made from the version that already held Bob's value: a deliberate edit, not a new conflict.
    expect(h.force.conflicts).toHaveLength(1);
  });

  it('"Dismiss" closes the notice on this device, and a re-pulled page does not bring it back', async () => {
    const { alice, ws, id } = await replacedByBob();
    const db = h.inspect(alice);
    const [notice] = await nextValue<ConflictNotice[]>(
      (cb) => conflictsOf(ws).watchForRecord(id, cb),
      (n) => n.length > 0,
    );
    await conflictsOf(ws).dismiss(notice?.id ?? '');
    expect(await nextValue<ConflictNotice[]>((cb) => conflictsOf(ws).watchForRecord(id, cb))).toEqual([]);
    await db.meta.put({ key: 'pullCursor', value: 0 });
    await ws.sync.syncNow();
    expect(await nextValue<ConflictNotice[]>((cb) => conflictsOf(ws).watchForRecord(id, cb))).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('only the officer whose value was replaced may restore it', async () => {
    const bob = makeMe('bob');
    const carol = h.force.addUser(makeMe('carol'));
    const ws = await h.signIn(bob);
    const created = await ws.problems.create(sampleFields());
    await ws.sync.syncNow();
    const base = h.force.problems()[0]?.version ?? 0;
    const edit = (changes: Record<string, unknown>) => ({
      id: uuidv7(),
      collection: 'problems' as const,
      recordId: created.id,
      op: 'put' as const,
      changes,
      baseVersion: base,
      at: new Date().toISOString(),
    });
    // Carol's title then Bob's, both from the same copy: Bob's replaced Carol's.
    h.force.push(carol, [edit({ title: 'Carol title' })]);
    h.force.push(bob, [edit({ title: 'Bob title' })]);
    await ws.sync.syncNow();
    const [notice] = await nextValue<ConflictNotice[]>(
      (cb) => conflictsOf(ws).watchForRecord(created.id, cb),
      (n) => n.length > 0,
    );
    expect(notice).toMatchObject({
      involvement: 'won',
      replacedByName: 'PC carol',
      replacedValue: 'Carol title',
    });
    await expect(conflictsOf(ws).restore(notice?.id ?? '')).rejects.toThrow();
  });
});
