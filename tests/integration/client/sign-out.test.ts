// Signing out on a shared device: the unsynced work is counted (outbox, refused changes,
// photos waiting to upload), and a sign-out with deletion leaves nothing of that user behind.
import { afterEach, describe, expect, it } from 'vitest';
import { userDbName } from '#client/platform/db/schema';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

describe('signing out on a shared device', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
    localStorage.clear();
  });

  it('counts pending edits, refused changes and photos waiting to upload', async () => {
    h = startHarness();
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const count = () => ws.unsyncedWork?.();
    expect(await count()).toEqual({ pending: 0, needsAttention: 0, photos: 0, total: 0 });

    const refused = await ws.problems.create(sampleFields({ title: 'Refused one' }));
    const db = h.inspect(me);
    const [first] = await db.outbox.toArray();
    if (first === undefined) throw new Error('expected a queued mutation');
    h.force.refuse.set(first.id, 'invalid_record');
    await ws.sync.syncNow();
    expect(await count()).toEqual({ pending: 0, needsAttention: 1, photos: 0, total: 1 });

    h.knobs.offline = true;
    await ws.problems.update(refused.id, { title: 'Refused one, edited offline' });
    await ws.problems.create(sampleFields({ title: 'Written offline' }));
    await db.photoBytes.bulkPut([
      {
        sha256: 'a'.repeat(64),
        mime: 'image/jpeg',
        bytes: new ArrayBuffer(8),
        pendingUpload: 1,
        savedAt: '',
      },
      {
        sha256: 'b'.repeat(64),
        mime: 'image/jpeg',
        bytes: new ArrayBuffer(8),
        pendingUpload: 0,
        savedAt: '',
      },
    ]);
    expect(await count()).toEqual({ pending: 2, needsAttention: 1, photos: 1, total: 4 });
  });

  it('deletes the user’s database and drafts, and leaves other users’ alone', async () => {
    h = startHarness();
    const alice = makeMe('alice');
    const bob = makeMe('bob');
    const bobWs = await h.signIn(bob);
    await bobWs.problems.create(sampleFields({ title: "Bob's" }));
    const ws = await h.signIn(alice);
    h.knobs.offline = true;
    await ws.problems.create(sampleFields({ title: 'Unsent' }));
    localStorage.setItem(
      `beatbook.draft.${encodeURIComponent(alice.id)}.p1.new-action`,
      '{"description":"half"}',
    );
    localStorage.setItem(
      `beatbook.draft.${encodeURIComponent(bob.id)}.p1.new-action`,
      '{"description":"bob"}',
    );
    localStorage.setItem('unrelated', 'kept');
    const names = async () => (await indexedDB.databases()).map((d) => d.name);
    expect(await names()).toContain(userDbName(alice.id));

    await h.service.signOut(ws, { deleteLocalData: true });

    expect(await names()).not.toContain(userDbName(alice.id));
    expect(await names()).toContain(userDbName(bob.id));
    const keys = Object.keys(localStorage);
    expect(keys.some((k) => k.includes(alice.id))).toBe(false);
    expect(keys).toContain(`beatbook.draft.${encodeURIComponent(bob.id)}.p1.new-action`);
    expect(keys).toContain('unrelated');
    expect(h.device.readRemembered()).toBeNull();
  });

  it('keeps the database when deletion is not asked for', async () => {
    h = startHarness();
    const alice = makeMe('alice');
    const ws = await h.signIn(alice);
    await ws.problems.create(sampleFields());
    await h.service.signOut(ws);
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(userDbName(alice.id));
  });
});
