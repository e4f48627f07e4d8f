// Situation: the force database refuses one change. It is kept for the officer and does not
// hold up the changes behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NeedsAttentionItem } from '#client/app/contract';
import { makeMe, nextValue, sampleFields, startHarness, statusWhen, type Harness } from './harness';

describe('rejected mutation', () => {
  let h: Harness;
  beforeEach(() => {
    h = startHarness();
  });
  afterEach(() => {
    h.close();
  });

  it('moves to needs attention with the reason, keeps the local data, and the next one applies', async () => {
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    const first = await ws.problems.create(sampleFields({ title: 'Refused one' }));
    const second = await ws.problems.create(sampleFields({ title: 'Accepted one' }));
    const db = h.inspect(me);
    const [firstMutation, secondMutation] = await db.outbox.orderBy('seq').toArray();
    if (firstMutation === undefined || secondMutation === undefined)
      throw new Error('expected two mutations');
    h.force.refuse.set(firstMutation.id, 'invalid_record');

    await ws.sync.syncNow();

    expect(await db.outbox.count()).toBe(0);
    const held = await db.needsAttention.toArray();
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      id: firstMutation.id,
      code: 'invalid_record',
      message: 'Refused: invalid_record',
    });
    expect(await db.problems.get(first.id)).toEqual(first);
    expect(h.force.problems().map((p) => p.id)).toEqual([second.id]);
    expect((await db.problems.get(second.id))?.reference).toMatch(/^PS-/);

    const items = await nextValue<NeedsAttentionItem[]>(
      (cb) => ws.sync.watchNeedsAttention(cb),
      (list) => list.length === 1,
    );
    expect(items[0]).toMatchObject({
      mutationId: firstMutation.id,
      collection: 'problems',
      recordId: first.id,
      code: 'invalid_record',
      message: 'Refused: invalid_record',
      changes: firstMutation.changes,
      at: firstMutation.at,
    });
    const status = await statusWhen(ws, (s) => s.needsAttention === 1 && s.pending === 0);
    expect(status.lastError).toBeNull();
  });
});
