// Situation: the device runs out of storage space while the officer saves. What was stored
// before stays as it was, nothing half-written is left, and the error says what happened.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProblemsRepository } from '#client/problems/data/problems';
import { StorageFullError } from '#client/app/contract';
import { type BeatbookDb } from '#client/platform/db/schema';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('storage full while saving', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    h.close();
  });

  async function setUp(): Promise<{ db: BeatbookDb; repo: ReturnType<typeof createProblemsRepository> }> {
    const me = makeMe('alice');
    await h.signIn(me);
    const db = h.inspect(me);
    return { db, repo: createProblemsRepository(db, me) };
  }

  it.each([
    ['a QuotaExceededError', quotaError],
    // Browsers usually report quota when the transaction commits, which Dexie surfaces as an
    // AbortError carrying the QuotaExceededError inside it.
    ['an AbortError wrapping one', () => new Dexie.AbortError('Transaction aborted', quotaError())],
  ])(
    'an edit failing with %s throws StorageFullError and leaves record and outbox intact',
    async (_, make) => {
      const { db, repo } = await setUp();
      const saved = await repo.create(sampleFields({ title: 'Stored before' }));
      const outboxBefore = await db.outbox.toArray();
      // The record's put succeeds inside the transaction; the outbox append then fails.
      vi.spyOn(db.outbox, 'add').mockImplementation(() => Dexie.Promise.reject(make()));

      const failed = repo.update(saved.id, { title: 'Typed while full' });

      await expect(failed).rejects.toBeInstanceOf(StorageFullError);
      expect(await db.problems.get(saved.id)).toEqual(saved);
      expect(await db.outbox.toArray()).toEqual(outboxBefore);
    },
  );

  it('a new record failing for space is not stored at all', async () => {
    const { db, repo } = await setUp();
    const before = await repo.create(sampleFields({ title: 'Stored before' }));
    vi.spyOn(db.problems, 'put').mockImplementation(() => Dexie.Promise.reject(quotaError()));

    await expect(repo.create(sampleFields({ title: 'No room' }))).rejects.toBeInstanceOf(StorageFullError);

    expect(await db.problems.toArray()).toEqual([before]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('other failures are not reported as storage full', async () => {
    const { db, repo } = await setUp();
    const saved = await repo.create(sampleFields());
    vi.spyOn(db.outbox, 'add').mockImplementation(() => Dexie.Promise.reject(new Error('disk on fire')));
    await expect(repo.update(saved.id, { title: 'x' })).rejects.toThrow('disk on fire');
  });
});
