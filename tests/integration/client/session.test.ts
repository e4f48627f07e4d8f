// Situations around who is signed in: an expired session, a user switch, opening offline.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '#client/app/contract';
import { createSessionService } from '#client/app/workspace';
import { getWorkspace } from '#client/app/store';
import { BASE } from './fake-http';
import { makeMe, sampleFields, startHarness, statusWhen, type Harness } from './harness';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('session expired mid-sync', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
  });

  it('stops syncing, keeps the outbox, and a new sign-in pushes it', async () => {
    h = startHarness({ intervalMs: 20, debounceMs: 10 });
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    await ws.problems.create(sampleFields());
    h.force.sessionExpired = true;

    await ws.sync.syncNow();
    const status = await statusWhen(ws, (s) => s.sessionExpired);
    expect(status.lastError).toBe('session_expired');
    const db = h.inspect(me);
    expect(await db.outbox.count()).toBe(1);

    const attempts = h.knobs.requests.length;
    await ws.problems.create(sampleFields({ title: 'Written after expiry' }));
    await ws.sync.syncNow();
    await sleep(150);
    expect(h.knobs.requests.length).toBe(attempts);
    expect(await db.outbox.count()).toBe(2);

    const again = await h.signIn(me);
    await again.sync.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(h.force.problems()).toHaveLength(2);
    expect(again.sync.getStatus().sessionExpired).toBe(false);
  });
});

describe('user switch on one device', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
  });

  it("never pushes one officer's queued edits as another officer", async () => {
    h = startHarness();
    const alice = makeMe('alice');
    const bob = makeMe('bob');
    const aliceWs = await h.signIn(alice);
    h.knobs.offline = true;
    const aliceProblem = await aliceWs.problems.create(sampleFields({ title: "Alice's offline note" }));
    h.knobs.offline = false;

    const bobWs = await h.signIn(bob);
    expect(getWorkspace()).toBe(bobWs);
    await bobWs.sync.syncNow();
    expect(h.force.received).toEqual([]);
    expect(await h.inspect(bob).problems.get(aliceProblem.id)).toBeUndefined();
    expect(await h.inspect(alice).outbox.count()).toBe(1);

    // Alice's workspace was closed by the switch: her sync no longer runs.
    await aliceWs.sync.syncNow();
    expect(h.force.received).toEqual([]);

    const aliceAgain = await h.signIn(alice);
    await aliceAgain.sync.syncNow();
    expect(h.force.received.map((r) => r.by)).toEqual([alice.id]);
  });
});

describe('opening the app', () => {
  let h: Harness;
  afterEach(() => {
    h.close();
  });

  it('restores the last officer with no network at all', async () => {
    h = startHarness();
    const me = makeMe('alice');
    const first = await h.signIn(me);
    const created = await first.problems.create(sampleFields());
    first.close();

    h.knobs.offline = true;
    const requestsBefore = h.knobs.requests.length;
    const reopened = createSessionService({ baseUrl: BASE, device: h.device, sync: { syncOnStart: false } });
    const ws = await reopened.restore();
    expect(ws?.me).toEqual(me);
    expect(h.knobs.requests.length).toBe(requestsBefore);
    await expect(h.inspect(me).problems.get(created.id)).resolves.toEqual(created);
    ws?.close();
  });

  it('signs out offline, forgets the officer and keeps their data', async () => {
    h = startHarness();
    const me = makeMe('alice');
    const ws = await h.signIn(me);
    await ws.problems.create(sampleFields());
    h.knobs.offline = true;

    await h.service.signOut(ws);
    expect(getWorkspace()).toBeNull();
    expect(h.device.readRemembered()).toBeNull();
    expect(await h.service.restore()).toBeNull();
    expect(await h.inspect(me).outbox.count()).toBe(1);
  });

  it('reports wrong credentials and an unreachable server as ApiError', async () => {
    h = startHarness();
    h.force.addUser(makeMe('alice'));
    await expect(h.service.signIn('alice', 'wrong password')).rejects.toMatchObject({
      code: 'invalid_credentials',
      status: 401,
    });
    h.knobs.offline = true;
    const error: unknown = await h.service.signIn('alice', 'whatever').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'network_error' });
  });
});
