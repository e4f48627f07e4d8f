// Must-show 4: sign-in brute force is slowed and then locked, per username at an address (a
// known device on its own count: sign-in-lockout.test.ts) and per address, with answers that do not reveal whether the user exists. The counters are in the
// database, so a second app instance over the same database sees the same lock. Only Date is
// faked (the clock the throttle reads); timers and I/O run normally.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '#server/platform/app';
import { DEFAULT_THROTTLE, waitSeconds } from '#server/auth/sign-in-throttle';
import { databaseNames, HEADERS, PASSWORD, startServer, type TestServer } from './helper';

const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const { slowAfter, lockAfter, lockMinutes, addressLimit } = DEFAULT_THROTTLE;

describe.each(databaseNames)('sign-in throttle on %s', (db) => {
  let s: TestServer;
  let second: FastifyInstance;
  let clock = T0;
  const advance = (ms: number) => {
    clock += ms;
    vi.setSystemTime(clock);
  };

  beforeAll(async () => {
    s = await startServer(db);
    second = await buildApp({ config: s.config, store: s.store, staticDir: null });
  });
  afterAll(async () => {
    await second.close();
    await s.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const fakeClock = () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    clock += 24 * 3_600_000; // each test a day later: earlier tests' counters have expired
    vi.setSystemTime(clock);
  };

  const attempt = (username: string, password: string, ip = '203.0.113.7', app: FastifyInstance = s.app) =>
    app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      remoteAddress: ip,
      payload: { username, password },
    });

  /**
   * Fails `n` times (after `from` earlier failures), each after the wait the throttle asks for,
   * so each one is counted. With several usernames, each round tries them all at the same time.
   */
  async function failTimes(usernames: string | string[], n: number, from = 0) {
    const names = typeof usernames === 'string' ? [usernames] : usernames;
    const answers: { status: number; code: string; body: string }[][] = names.map(() => []);
    for (let i = from; i < from + n; i += 1) {
      advance(waitSeconds(DEFAULT_THROTTLE, i) * 1000 + 1);
      for (const [k, name] of names.entries()) {
        const res = await attempt(name, `wrong password ${i}`);
        const code = res.json<{ error: { code: string } }>().error.code;
        answers[k]?.push({ status: res.statusCode, code, body: res.body });
      }
    }
    return typeof usernames === 'string' ? (answers[0] ?? []) : answers;
  }
  const fail = async (username: string, n: number, from = 0) =>
    (await failTimes(username, n, from)) as { status: number; code: string; body: string }[];

  it('slows an account after repeated failures, then locks it, then lets it in when the lock ends', async () => {
    fakeClock();
    const first = await fail('north1', slowAfter);
    expect(first.every((a) => a.status === 401 && a.code === 'invalid_credentials')).toBe(true);

    // Slowed: straight away, even the right password is refused without being checked.
    const tooSoon = await attempt('north1', PASSWORD);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(0);

    // After the wait the attempt is checked again, and each failure doubles the next wait.
    const slowed = await fail('north1', lockAfter - slowAfter - 1, slowAfter);
    expect(slowed.every((a) => a.code === 'invalid_credentials')).toBe(true);
    // Wait as asked: the next failure is the one that locks.
    advance(waitSeconds(DEFAULT_THROTTLE, lockAfter - 1) * 1000 + 1);
    const locking = await attempt('north1', 'still wrong');
    expect(locking.statusCode).toBe(429);
    expect(locking.json()).toMatchObject({ error: { code: 'device_locked' } });

    // Locked: the right password does not get in from this address, on this instance or another
    // over the same database.
    advance(60_000);
    for (const app of [s.app, second]) {
      const locked = await attempt('north1', PASSWORD, undefined, app);
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ error: { code: 'device_locked' } });
    }

    // The lock ends after its time; the right password then works and starts the count afresh.
    advance(lockMinutes * 60_000);
    const after = await attempt('north1', PASSWORD);
    expect(after.statusCode).toBe(200);
    const fresh = await fail('north1', slowAfter);
    expect(fresh.every((a) => a.code === 'invalid_credentials')).toBe(true);
  });

  it('gives an unknown username exactly the same answers as a real one', async () => {
    fakeClock();
    const [real, unknown] = (await failTimes(['north2', 'no-such-officer'], lockAfter)) as {
      status: number;
      code: string;
    }[][];
    expect(unknown).toEqual(real);
    expect(real?.at(-1)).toMatchObject({ status: 429, code: 'device_locked' });
    const [a, b] = await Promise.all([attempt('north2', 'x'), attempt('no-such-officer', 'x')]);
    expect(a.statusCode).toBe(b.statusCode);
    expect(a.body).toBe(b.body);
  });

  it('clears the account count on success', async () => {
    fakeClock();
    await fail('south1', slowAfter - 1);
    advance(1000);
    expect((await attempt('south1', PASSWORD)).statusCode).toBe(200);
    // Had the count stayed, these would reach the slowing threshold and be refused.
    const again = await fail('south1', slowAfter - 1);
    expect(again.every((x) => x.code === 'invalid_credentials')).toBe(true);
    advance(1);
    expect((await attempt('south1', 'wrong again')).statusCode).toBe(401);
  });

  it('refuses an address that guesses at many accounts, whatever the username', async () => {
    fakeClock();
    const ip = '192.0.2.99';
    for (let i = 0; i < addressLimit; i += 1) {
      advance(1);
      const res = await attempt(`sprayed-${i}`, 'Password1!', ip);
      expect(res.statusCode).toBe(401);
    }
    const refused = await attempt('sup', PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Another address is not affected, and the address is let in again once the window passes.
    expect((await attempt('sup', PASSWORD, '192.0.2.100')).statusCode).toBe(200);
    advance(lockMinutes * 60_000 + 1);
    expect((await attempt('sup', PASSWORD, ip)).statusCode).toBe(200);
  });

  it('ends every session of mine with sign out everywhere', async () => {
    const login = async () => {
      const res = await attempt('sup', PASSWORD, '10.0.0.1');
      const cookie = res.cookies.find((c) => c.name === 'bb_session');
      if (cookie === undefined) throw new Error(`no cookie: ${res.statusCode} ${res.body}`);
      return `bb_session=${cookie.value}`;
    };
    const [phone, tablet] = [await login(), await login()];
    const other = await attempt('lead', PASSWORD, '10.0.0.1');
    const otherCookie = `bb_session=${other.cookies.find((c) => c.name === 'bb_session')?.value ?? ''}`;
    const out = await s.app.inject({
      method: 'DELETE',
      url: '/api/sessions',
      headers: { ...HEADERS, cookie: phone },
    });
    expect(out.statusCode).toBe(204);
    for (const cookie of [phone, tablet]) {
      const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
    }
    const stillIn = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: otherCookie } });
    expect(stillIn.statusCode).toBe(200);
  });

  it('removes expired sessions when someone signs in', async () => {
    await s.store.db
      .insertInto('sessions')
      .values({
        id_hash: 'stale',
        user_id: (
          await s.store.db
            .selectFrom('users')
            .select('id')
            .where('username', '=', 'lead')
            .executeTakeFirstOrThrow()
        ).id,
        created_at: '2020-01-01T00:00:00.000Z',
        last_seen_at: '2020-01-01T00:00:00.000Z',
        expires_at: '2020-01-31T00:00:00.000Z',
      })
      .execute();
    expect((await attempt('lead', PASSWORD, '10.0.0.2')).statusCode).toBe(200);
    const left = await s.store.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('id_hash', '=', 'stale')
      .execute();
    expect(left).toEqual([]);
  });
});
