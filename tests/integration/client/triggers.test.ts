// Situation: the officer never presses "Sync now"; the app syncs on its own, one sync at a time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

const pushes = (h: Harness): number => h.knobs.requests.filter((r) => r.path === '/api/sync/push').length;

describe('automatic sync', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
  });

  it('pushes shortly after a local write, batching a burst of saves', async () => {
    h = startHarness({ debounceMs: 30 });
    const ws = await h.signIn(makeMe('alice'));
    await ws.problems.create(sampleFields({ title: 'One' }));
    await ws.problems.create(sampleFields({ title: 'Two' }));
    await vi.waitFor(() => {
      expect(h.force.problems()).toHaveLength(2);
    });
    expect(pushes(h)).toBe(1);
  });

  it('syncs when the connection comes back and when the app becomes visible', async () => {
    h = startHarness();
    const ws = await h.signIn(makeMe('alice'));
    await ws.problems.create(sampleFields());
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => {
      expect(h.force.problems()).toHaveLength(1);
    });

    await ws.problems.create(sampleFields({ title: 'Two' }));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => {
      expect(h.force.problems()).toHaveLength(2);
    });
  });

  it('runs one sync at a time, with one follow-up for requests made meanwhile', async () => {
    h = startHarness();
    const ws = await h.signIn(makeMe('alice'));
    await ws.problems.create(sampleFields());
    await Promise.all([ws.sync.syncNow(), ws.sync.syncNow(), ws.sync.syncNow()]);
    // The roster is fetched beside sync (names for pickers), not as part of it.
    const calls = h.knobs.requests.map((r) => r.path).filter((path) => path !== '/api/roster');
    expect(calls).toEqual(['/api/session', '/api/sync/push', '/api/sync/pull', '/api/sync/pull']);
  });

  it('sends a long outbox in batches of at most 200, in order', async () => {
    h = startHarness();
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    h.knobs.offline = true;
    for (let i = 0; i < 205; i += 1) await ws.problems.create(sampleFields({ title: `Problem ${i}` }));
    h.knobs.offline = false;
    const queued = (await h.inspect(me).outbox.orderBy('seq').toArray()).map((m) => m.id);

    await ws.sync.syncNow();
    expect(pushes(h)).toBe(2);
    expect(h.force.received.map((r) => r.mutation.id)).toEqual(queued);
    expect(await h.inspect(me).outbox.count()).toBe(0);
  });
});
