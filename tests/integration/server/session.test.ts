// Signing in and out, sessions and the CSRF header, on every available database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNames, HEADERS, PASSWORD, signIn, startServer, type TestServer } from './helper';

describe.each(databaseNames)('sessions on %s', (db) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(db);
  });
  afterAll(async () => {
    await s.close();
  });

  const post = (payload: unknown, headers: Record<string, string> = HEADERS) =>
    s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers,
      payload: payload as Record<string, unknown>,
    });

  it('signs in with the right password and sets a strict httpOnly cookie', async () => {
    const res = await post({ username: 'North1', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'north1',
      role: 'officer',
      teams: [{ id: 'north', name: 'North Team' }],
    });
    const cookie = res.cookies.find((c) => c.name === 'bb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Injected requests go to localhost, where the cookie is not Secure (plain http dev).
    expect(cookie?.secure).toBeUndefined();
  });

  it('marks the cookie Secure when the request is not to localhost', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...HEADERS, host: 'beatbook.police.example' },
      payload: { username: 'north1', password: PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'bb_session')?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await post({ username: 'north1', password: 'not the password' });
    const unknown = await post({ username: 'nobody', password: 'not the password' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.cookies).toHaveLength(0);
    }
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Username or password is not correct.' },
    });
  });

  it('refuses a disabled user with the same answer', async () => {
    await s.store.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'north2').execute();
    const res = await post({ username: 'north2', password: PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    await s.store.db.updateTable('users').set({ disabled: 0 }).where('username', '=', 'north2').execute();
  });

  it('requires a session for /api/me', async () => {
    const anonymous = await s.app.inject({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const forged = await s.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'bb_session=forged' },
    });
    expect(forged.statusCode).toBe(401);
    const cookie = await signIn(s.app, 'sup');
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'sup',
      role: 'supervisor',
      teams: [{ id: 'north' }, { id: 'south' }],
    });
  });

  it('signs out: the session no longer works and the cookie is cleared', async () => {
    const cookie = await signIn(s.app, 'north1');
    const out = await s.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { ...HEADERS, cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'bb_session')?.value).toBe('');
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('reports an idle or too old session as session_expired', async () => {
    const idle = await signIn(s.app, 'north1');
    const old = new Date(Date.now() - 15 * 24 * 3600_000).toISOString();
    await s.store.db.updateTable('sessions').set({ last_seen_at: old }).execute();
    const res = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: idle } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'session_expired' } });

    const absolute = await signIn(s.app, 'north1');
    await s.store.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const res2 = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: absolute } });
    expect(res2.json()).toMatchObject({ error: { code: 'session_expired' } });
  });

  it('refuses a non-GET /api request without the X-Beatbook header (CSRF)', async () => {
    const signInNoHeader = await post({ username: 'north1', password: PASSWORD }, {});
    expect(signInNoHeader.statusCode).toBe(403);
    expect(signInNoHeader.json()).toMatchObject({ error: { code: 'forbidden' } });
    const cookie = await signIn(s.app, 'north1');
    const push = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { cookie },
      payload: { deviceId: crypto.randomUUID(), mutations: [] },
    });
    expect(push.statusCode).toBe(403);
  });

  it('rejects a malformed sign-in body as invalid_request', async () => {
    const res = await post({ username: 'north1' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('sign-in rate limit', () => {
  it('answers the 4th attempt in a minute with 429 rate_limited', async () => {
    const s = await startServer('sqlite', { signInPerMinute: 3 });
    try {
      const attempt = () =>
        s.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: HEADERS,
          payload: { username: 'north1', password: 'wrong password' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
      // The limit applies to sign-in only.
      expect((await s.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });
});
