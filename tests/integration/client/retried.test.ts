// Situation: the connection fails during a push. Nothing is lost and nothing is applied twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMe, sampleFields, startHarness, type Harness } from './harness';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('retried after a dropped response', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
  });

  describe('the server committed but the reply was lost', () => {
    beforeEach(() => {
      h = startHarness();
    });

    it('resends the same mutation id and the server applies it once', async () => {
      const me = makeMe('alice');
      const ws = await h.signIn(me);
      await ws.problems.create(sampleFields());
      const db = h.inspect(me);
      const [queued] = await db.outbox.toArray();

      h.knobs.dropNextPushReply = true;
      await ws.sync.syncNow();
      expect(h.force.problems()).toHaveLength(1); // committed on the server...
      expect(await db.outbox.count()).toBe(1); // ...but the device could not know
      expect(ws.sync.getStatus().lastError).toBe('network_error');

      await ws.sync.syncNow();
      const sent = h.force.received.map((r) => r.mutation.id);
      expect(sent).toEqual([queued?.id, queued?.id]);
      expect(h.force.processed.size).toBe(1);
      expect(h.force.problems()).toHaveLength(1);
      expect(await db.outbox.count()).toBe(0);
      expect(await db.problems.count()).toBe(1);
      expect(ws.sync.getStatus().lastError).toBeNull();
    });
  });

  describe('the force database is down', () => {
    beforeEach(() => {
      // A short tick, so automatic retries would show up within the test if back-off failed.
      h = startHarness({ intervalMs: 20, debounceMs: 10 });
    });

    it('keeps the outbox, honours Retry-After and recovers on "Sync now"', async () => {
      const me = makeMe('alice');
      const ws = await h.signIn(me);
      await ws.problems.create(sampleFields());
      h.knobs.outage = { status: 503, code: 'internal_error', retryAfter: '120' };

      await ws.sync.syncNow();
      const attempts = h.knobs.requests.length;
      expect(ws.sync.getStatus()).toMatchObject({ online: true, sessionExpired: false });
      expect(ws.sync.getStatus().lastError).toBe('internal_error');

      await ws.problems.create(sampleFields({ title: 'Second' })); // would trigger after 10 ms
      await sleep(150);
      expect(h.knobs.requests.length).toBe(attempts);

      h.knobs.outage = null;
      await ws.sync.syncNow();
      expect(h.force.problems()).toHaveLength(2);
      expect(await h.inspect(me).outbox.count()).toBe(0);
    });
  });
});
