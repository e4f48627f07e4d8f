// Situation: what a device keeps as the server copy of a record (db/server-copy.ts), how a pull
// whose pages overlap their transactions behaves when one page fails, and that records it writes
// in bulk reach the screens watching (db/pull.ts).
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '#domain/ids';
import type { Mutation } from '#domain/sync';
import { createApiClient } from '#client/platform/api/client';
import { ensureDeviceId, readCursor } from '#client/platform/db/meta';
import { PageOutOfOrderError, applyPulledPage } from '#client/platform/db/pull';
import { openUserDb, userDbName } from '#client/platform/db/schema';
import { readServerCopy } from '#client/platform/db/server-copy';
import { pullChanges } from '#client/platform/sync/engine';
import { BASE } from './fake-http';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';
import { STORES_V6 } from './old-schemas';

function createdOnServer(title: string): Mutation {
  return {
    id: uuidv7(),
    collection: 'problems',
    recordId: uuidv7(),
    op: 'put',
    changes: sampleFields({ title }),
    baseVersion: null,
    at: new Date().toISOString(),
  };
}

/** A fake force database behind msw, two changes a page (harness.ts); the upgrade test needs none. */
let h: Harness;
beforeEach(() => {
  h = startHarness({ pullLimit: 2 });
});
afterEach(() => {
  h.close();
});

describe('the server copy', () => {
  it('is kept only while a record has edits, and the view stands for it otherwise', async () => {
    h.force.push(makeMe('bob'), ['One', 'Two', 'Three'].map(createdOnServer));
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    await ws.sync.syncNow();
    const db = h.inspect(me);
    expect(await db.problems.count()).toBe(3);
    // No second copy of records nobody is editing.
    expect(await db.serverRecords.count()).toBe(0);

    const one = (await db.problems.toArray()).find((p) => p.title === 'One');
    if (one === undefined) throw new Error('missing');
    expect(await readServerCopy(db, 'problems', one.id)).toEqual(one);

    await ws.problems.update(one.id, { title: 'One, edited' });
    // The first edit keeps the view it replaced as the base: what the server sent.
    expect((await db.serverRecords.get(one.id))?.record).toEqual(one);
    expect(await readServerCopy(db, 'problems', one.id)).toEqual(one);
    await ws.problems.update(one.id, { description: 'A second edit' });
    expect((await db.serverRecords.get(one.id))?.record).toEqual(one);

    await ws.sync.syncNow();
    // Pushed and pulled back: the view is the server's record again, and the kept copy is gone.
    const server = h.force.problems().find((p) => p.id === one.id);
    expect(server).toMatchObject({ title: 'One, edited', description: 'A second edit' });
    expect(await db.problems.get(one.id)).toEqual(server);
    expect(await db.serverRecords.count()).toBe(0);
    expect(await readServerCopy(db, 'problems', one.id)).toEqual(server);
  });

  it('does not store a page after one that failed, though their transactions overlap', async () => {
    h.force.push(makeMe('bob'), ['One', 'Two', 'Three', 'Four', 'Five'].map(createdOnServer));
    const me = makeMe('alice');
    await h.signIn(me);
    const db = h.inspect(me);
    const put = db.meta.put.bind(db.meta);
    // Writing the first page's cursor fails, after the second page's transaction is opened.
    const spy = vi.spyOn(db.meta, 'put').mockImplementation((row, key) => {
      if (row.key === 'pullCursor' && row.value === 2) return Dexie.Promise.reject(new Error('disk trouble'));
      return put(row, key);
    });
    const api = createApiClient({ baseUrl: BASE });
    await expect(pullChanges({ db, api, deviceId: await ensureDeviceId(db), pullLimit: 2 })).rejects.toThrow(
      'disk trouble',
    );
    spy.mockRestore();
    expect(await readCursor(db)).toBe(0);
    expect(await db.problems.count()).toBe(0);

    // The next pull starts again where the device is.
    await pullChanges({ db, api, deviceId: await ensureDeviceId(db), pullLimit: 2 });
    expect(await readCursor(db)).toBe(5);
    expect(await db.problems.count()).toBe(5);
  });

  it('refuses a page that does not start where the device is, and writes nothing of it', async () => {
    h.force.push(makeMe('bob'), ['One', 'Two'].map(createdOnServer));
    const me = makeMe('alice');
    await h.signIn(me);
    const db = h.inspect(me);
    const page = await createApiClient({ baseUrl: BASE }).pull(0, 10);
    await expect(applyPulledPage(db, page.changes, page.cursor, true, 1)).rejects.toBeInstanceOf(
      PageOutOfOrderError,
    );
    expect(await readCursor(db)).toBe(0);
    expect(await db.problems.count()).toBe(0);
    await applyPulledPage(db, page.changes, page.cursor, true, 0);
    expect(await db.problems.count()).toBe(2);
  });
});

describe('records written in bulk by a pull', () => {
  it('reach a screen that was already watching', async () => {
    h.force.push(makeMe('bob'), ['One', 'Two', 'Three'].map(createdOnServer));
    const ws = await h.signIn(makeMe('alice'));
    const seen: number[] = [];
    const all = new Promise<void>((done) => {
      const stop = ws.problems.watchList(['team-a'], (list) => {
        seen.push(list.length);
        if (list.length === 3) {
          stop();
          done();
        }
      });
    });
    await nextSeen(seen, 0);
    await ws.sync.syncNow();
    await all;
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(3);
  });
});

describe('progress of a pull', () => {
  it('counts a page as soon as it is stored, while the next is still on its way', async () => {
    h.force.push(makeMe('bob'), ['One', 'Two', 'Three', 'Four', 'Five'].map(createdOnServer));
    const me = makeMe('alice');
    await h.signIn(me);
    const db = h.inspect(me);
    const real = createApiClient({ baseUrl: BASE });
    let release = (): void => undefined;
    const held = new Promise<void>((done) => {
      release = done;
    });
    // The second page does not arrive until the test lets it.
    const api = {
      ...real,
      pull: async (...args: Parameters<typeof real.pull>) => {
        if (args[0] > 0) await held;
        return real.pull(...args);
      },
    };
    const told: string[] = [];
    const pulled = pullChanges({
      db,
      api,
      deviceId: await ensureDeviceId(db),
      pullLimit: 2,
      onPullProgress: ({ received, total }) => told.push(`${String(received)} of ${String(total)}`),
    });
    // The size of the feed comes with the second page (the first does not wait for the count).
    await vi.waitFor(() => {
      expect(told).toEqual(['2 of null']);
    });
    release();
    await pulled;
    // The second page brought the size of the rest: 3, after the first page's 2.
    expect(told).toEqual(['2 of null', '4 of 5']);
    expect(await db.problems.count()).toBe(5);
  });
});

/** Resolves once the watcher has delivered its first value (`length` items). */
async function nextSeen(seen: readonly number[], length: number): Promise<void> {
  await vi.waitFor(() => {
    expect(seen[0]).toBe(length);
  });
}

describe('upgrading a device that kept a copy of every record', () => {
  it('deletes the copies of records without edits, and keeps the rest', async () => {
    const userId = `upgrade-${uuidv7()}`;
    // The stores as version 6 left them.
    const old = new Dexie(userDbName(userId));
    old.version(6).stores(STORES_V6);
    const plain = { id: 'p-plain', title: 'Nobody edits this' };
    const edited = { id: 'p-edited', title: 'Edited here' };
    const refused = { id: 'p-refused', title: 'Refused here' };
    await old.table('problems').bulkPut([plain, edited, refused]);
    await old.table('serverRecords').bulkPut(
      [plain, edited, refused, { id: 'p-unreadable', future: true }].map((record) => ({
        id: record.id,
        collection: 'problems',
        record,
      })),
    );
    await old.table('outbox').add({ id: 'm1', recordId: 'p-edited', collection: 'problems' });
    await old
      .table('needsAttention')
      .put({ id: 'm2', seq: 9, recordId: 'p-refused', collection: 'problems' });
    old.close();

    const db = openUserDb(userId);
    try {
      expect((await db.serverRecords.toCollection().primaryKeys()).sort()).toEqual([
        'p-edited',
        'p-refused',
        'p-unreadable',
      ]);
      expect(await db.problems.count()).toBe(3);
    } finally {
      db.close();
      await Dexie.delete(userDbName(userId));
    }
  });
});
