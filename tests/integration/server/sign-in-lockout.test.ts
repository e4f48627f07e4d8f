// Issue 13, item 4: lock-out must not be a weapon. Failures are counted per username AND address,
// so guessing at an officer's password from one address does not lock them out at another; a
// device that signed in before (it holds the `bb_device` credential) is throttled on its own count
// and never locked out by anyone else's failures; the answers say which lock applies and until
// when. Only Date is faked (the clock the throttle reads).
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { DEFAULT_THROTTLE, waitSeconds } from '#server/auth/sign-in-throttle';
import { databaseNames, HEADERS, PASSWORD, startServer, type TestServer } from './helper';

const { lockAfter, lockMinutes } = DEFAULT_THROTTLE;
const ATTACKER = '203.0.113.66';
const STATION = '198.51.100.20';

describe.each(databaseNames)('sign-in lock-out on %s', (db) => {
  let s: TestServer;
  let clock = Date.parse('2026-12-01T09:00:00.000Z');
  const advance = (ms: number) => {
    clock += ms;
    vi.setSystemTime(clock);
  };
  beforeAll(async () => {
    s = await startServer(db);
  });
  afterAll(async () => {
    await s.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const fakeClock = () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    clock += 24 * 3_600_000; // each test a day later: earlier counters have expired
    vi.setSystemTime(clock);
  };

  const attempt = (username: string, password: string, ip: string, device?: string) =>
    s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: device === undefined ? HEADERS : { ...HEADERS, cookie: `bb_device=${device}` },
      remoteAddress: ip,
      payload: { username, password },
    });
  const code = (res: LightMyRequestResponse) => res.json<{ error?: { code: string } }>().error?.code;

  /** Fails until the throttle locks, each attempt after the wait it asks for; the last answer. */
  async function failUntilLocked(username: string, ip: string, device?: string) {
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < lockAfter; i += 1) {
      advance(waitSeconds(DEFAULT_THROTTLE, i) * 1000 + 1);
      last = await attempt(username, `wrong ${i}`, ip, device);
    }
    if (last === undefined) throw new Error('no attempt');
    return last;
  }

  /** Signs in and returns the device credential the server set. */
  async function knownDevice(username: string, ip: string): Promise<string> {
    const res = await attempt(username, PASSWORD, ip);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bb_device');
    if (cookie === undefined) throw new Error('no device credential was set');
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/api/session');
    expect(cookie.maxAge).toBeGreaterThanOrEqual(30 * 24 * 3600);
    return cookie.value;
  }

  it('locks the guessing address only: the officer still signs in from another address', async () => {
    fakeClock();
    const locked = await failUntilLocked('north1', ATTACKER);
    expect(locked.statusCode).toBe(429);
    expect(code(locked)).toBe('device_locked');
    expect(Number(locked.headers['retry-after'])).toBe(lockMinutes * 60);
    // The attacker's address stays locked, even with the right password ...
    advance(60_000);
    const stillLocked = await attempt('north1', PASSWORD, ATTACKER);
    expect(code(stillLocked)).toBe('device_locked');
    expect(stillLocked.json()).toMatchObject({
      error: { details: { retryAfterSeconds: (lockMinutes - 1) * 60 } },
    });
    // ... but the officer at the station, on a device never used before, is let in.
    expect((await attempt('north1', PASSWORD, STATION)).statusCode).toBe(200);
  });

  it('never locks a known device out, even when the attacker shares its address', async () => {
    fakeClock();
    const device = await knownDevice('north2', STATION);
    // Someone behind the same station address (no device credential) guesses until locked.
    expect(code(await failUntilLocked('north2', STATION))).toBe('device_locked');
    advance(1000);
    expect(code(await attempt('north2', PASSWORD, STATION))).toBe('device_locked');
    // The officer's own device gets in.
    expect((await attempt('north2', PASSWORD, STATION, device)).statusCode).toBe(200);
  });

  it('locks new devices after guessing from many addresses, but not a known one', async () => {
    fakeClock();
    const device = await knownDevice('south1', STATION);
    const { accountLimit } = DEFAULT_THROTTLE;
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < accountLimit; i += 1) {
      advance(1);
      last = await attempt('south1', `wrong ${i}`, `192.0.2.${i % 250}`);
    }
    expect(last && code(last)).toBe('account_locked');
    advance(1000);
    expect(code(await attempt('south1', PASSWORD, '100.64.0.1'))).toBe('account_locked');
    expect((await attempt('south1', PASSWORD, '100.64.0.1', device)).statusCode).toBe(200);
  });

  it('a known device that keeps typing wrong passwords locks itself, and only itself', async () => {
    fakeClock();
    const device = await knownDevice('sup', STATION);
    const locked = await failUntilLocked('sup', STATION, device);
    expect(code(locked)).toBe('device_locked');
    advance(1000);
    expect(code(await attempt('sup', PASSWORD, STATION, device))).toBe('device_locked');
    // Another device at another address is not locked by it.
    expect((await attempt('sup', PASSWORD, '100.64.0.2')).statusCode).toBe(200);
    advance(lockMinutes * 60_000);
    expect((await attempt('sup', PASSWORD, STATION, device)).statusCode).toBe(200);
  });

  it('a credential is known only for the officer who signed in with it, and sign out everywhere revokes it', async () => {
    fakeClock();
    const device = await knownDevice('lead', STATION);
    // Presented for another officer it is just an unknown device: the per-address lock applies.
    expect(code(await failUntilLocked('admin', STATION, device))).toBe('device_locked');
    expect(code(await attempt('admin', PASSWORD, STATION, device))).toBe('device_locked');
    // The same device signing in again keeps its credential.
    const again = await attempt('lead', PASSWORD, STATION, device);
    expect(again.cookies.find((c) => c.name === 'bb_device')?.value).toBe(device);
    const session = again.cookies.find((c) => c.name === 'bb_session')?.value ?? '';
    const out = await s.app.inject({
      method: 'DELETE',
      url: '/api/sessions',
      headers: { ...HEADERS, cookie: `bb_session=${session}` },
    });
    expect(out.statusCode).toBe(204);
    // Revoked: an attacker at the station locks the pair, and the old credential no longer helps.
    expect(code(await failUntilLocked('lead', STATION))).toBe('device_locked');
    expect(code(await attempt('lead', PASSWORD, STATION, device))).toBe('device_locked');
  });

  it("an admin's password reset clears the locks at every address and forgets the officer's devices", async () => {
    fakeClock();
    const device = await knownDevice('north2', STATION);
    expect(code(await failUntilLocked('north2', ATTACKER))).toBe('device_locked');
    const adminCookie = (await attempt('admin', PASSWORD, '100.64.0.9')).cookies.find(
      (c) => c.name === 'bb_session',
    );
    const id = (
      await s.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'north2')
        .executeTakeFirstOrThrow()
    ).id;
    const reset = await s.app.inject({
      method: 'POST',
      url: `/api/admin/users/${id}/password`,
      headers: { ...HEADERS, cookie: `bb_session=${adminCookie?.value ?? ''}` },
      payload: { password: 'a brand new password' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await attempt('north2', 'a brand new password', ATTACKER)).statusCode).toBe(200);
    const rows = await s.store.db
      .selectFrom('known_devices')
      .select('token_hash')
      .where('user_id', '=', id)
      .execute();
    // Only the device that signed in after the reset (the one at ATTACKER just now) is known.
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toBe(createHash('sha256').update(device).digest('hex'));
  });

  it('stores only a hash of the device credential', async () => {
    fakeClock();
    const device = await knownDevice('north1', '100.64.0.3');
    const rows = await s.store.db.selectFrom('known_devices').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(device);
  });
});

describe.each(databaseNames)('the per-minute flood limit on %s', (db) => {
  it('is per address and device credential: a flood from the same address does not keep a known device out', async () => {
    const s = await startServer(db, { signInPerMinute: 3 });
    try {
      const post = (password: string, device?: string) =>
        s.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: device === undefined ? HEADERS : { ...HEADERS, cookie: `bb_device=${device}` },
          remoteAddress: STATION,
          payload: { username: 'north1', password },
        });
      const device = (await post(PASSWORD)).cookies.find((c) => c.name === 'bb_device')?.value ?? '';
      for (let i = 0; i < 3; i += 1) await post('wrong');
      expect((await post(PASSWORD)).statusCode).toBe(429);
      expect((await post(PASSWORD, device)).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });
});
