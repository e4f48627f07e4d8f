// Sign-in through a real OpenID provider (oidc-provider on a loopback port) with the
// authorisation code flow, PKCE, state and nonce; on every available database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAtProvider, startOidcProvider, type TestProvider } from '../../support/oidc-provider';
import { addUser } from '#server/organisation/admin';
import { client, databaseNames, HEADERS, PASSWORD, startServer, type TestServer } from './helper';

const REDIRECT = 'http://localhost/api/session/oidc/callback';

describe.each(databaseNames)('OpenID Connect sign-in on %s', (db) => {
  let idp: TestProvider;
  let s: TestServer;
  beforeAll(async () => {
    idp = await startOidcProvider(REDIRECT);
    s = await startServer(db, {
      oidc: {
        issuer: new URL(idp.issuer),
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUrl: new URL(REDIRECT),
        usernameClaim: 'preferred_username',
        displayName: 'Test Force ID',
      },
      localPasswords: 'off',
      breakGlassUsers: ['admin'],
    });
    // Signs in only through the provider: no password at all.
    await addUser(
      s.store.db,
      { username: 'pc900', displayName: 'PC Provider', role: 'officer', teamIds: ['north'], password: null },
      s.config.passwordCost,
    );
    await s.store.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'south1').execute();
  });
  afterAll(async () => {
    await s.close();
    await idp.close();
  });

  /** GET start, then the provider's pages as `login`; returns the callback URL and the flow cookie. */
  async function throughProvider(login: string, returnTo = '/problems') {
    const start = await s.app.inject({ method: 'GET', url: `/api/session/oidc/start?returnTo=${returnTo}` });
    expect(start.statusCode).toBe(302);
    const flow = start.cookies.find((c) => c.name === 'bb_oidc');
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/session/oidc' });
    const authUrl = new URL(start.headers.location as string);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('state')).not.toBeNull();
    expect(authUrl.searchParams.get('nonce')).not.toBeNull();
    const callback = await signInAtProvider(authUrl.href, login);
    expect(callback.pathname).toBe('/api/session/oidc/callback');
    return { callback, flowCookie: `bb_oidc=${flow?.value ?? ''}`, flowValue: flow?.value ?? '' };
  }

  const finish = (url: URL, cookie: string) =>
    s.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: { cookie } });

  const auditActions = async () =>
    s.store.db.selectFrom('audit').select(['action', 'details', 'user_id']).orderBy('seq').execute();

  it('offers the provider on the sign-in screen, and says passwords are break-glass only', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/session/options' });
    expect(res.json()).toEqual({
      provider: { name: 'Test Force ID', startUrl: '/api/session/oidc/start' },
      localPasswords: 'break_glass_only',
    });
  });

  it('signs a known user in through the code flow: session cookie, /api/me and pull work', async () => {
    const { callback, flowCookie } = await throughProvider('pc900');
    const res = await finish(callback, flowCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in/complete?to=%2Fproblems');
    const session = res.cookies.find((c) => c.name === 'bb_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const cookie = `bb_session=${session?.value ?? ''}`;
    const me = await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'pc900', role: 'officer', teams: [{ id: 'north' }] });
    const page = await client(s.app, cookie).pull();
    expect(page.changes).toEqual(expect.any(Array));
    // The flow cookie is spent: the same callback again opens no second session.
    expect(res.cookies.find((c) => c.name === 'bb_oidc')?.value).toBe('');
    const replay = await finish(callback, flowCookie);
    expect(replay.statusCode).toBe(400);
    expect(replay.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
    const rows = await auditActions();
    const user = await s.store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'pc900')
      .executeTakeFirstOrThrow();
    expect(rows.filter((r) => r.action === 'session.sign_in' && r.user_id === user.id)).toHaveLength(1);
    expect(rows.find((r) => r.action === 'session.sign_in' && r.user_id === user.id)?.details).toContain(
      '"method":"oidc"',
    );
  });

  it('refuses an identity Beatbook does not know, with a page that says so', async () => {
    const { callback, flowCookie } = await throughProvider('nobody.here');
    const res = await finish(callback, flowCookie);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Your account is not set up in Beatbook');
    expect(res.body).toContain('<strong>nobody.here</strong>');
    expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
    const rows = await auditActions();
    expect(rows.at(-1)).toMatchObject({ action: 'session.sign_in_failed', user_id: null });
    expect(rows.at(-1)?.details).toContain('oidc_unknown_user');
  });

  it('refuses a disabled user', async () => {
    const { callback, flowCookie } = await throughProvider('south1');
    const res = await finish(callback, flowCookie);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your Beatbook account is disabled');
    expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
  });

  it('refuses a callback whose state was changed', async () => {
    const { callback, flowCookie } = await throughProvider('pc900');
    callback.searchParams.set('state', `${callback.searchParams.get('state') ?? ''}x`);
    const res = await finish(callback, flowCookie);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Sign-in did not finish');
    expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one this browser sent', async () => {
    const { callback, flowValue } = await throughProvider('pc900');
    const flow = JSON.parse(Buffer.from(flowValue, 'base64url').toString('utf8')) as Record<string, string>;
    const tampered = Buffer.from(JSON.stringify({ ...flow, nonce: `${flow.nonce ?? ''}x` })).toString(
      'base64url',
    );
    const res = await finish(callback, `bb_oidc=${tampered}`);
    expect(res.statusCode).toBe(400);
    expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
  });

  it('refuses a callback with no flow cookie (started in another browser)', async () => {
    const { callback } = await throughProvider('pc900');
    const res = await finish(callback, '');
    expect(res.statusCode).toBe(400);
    expect(res.cookies.find((c) => c.name === 'bb_session')).toBeUndefined();
  });

  it('never redirects outside the app after sign-in', async () => {
    const { callback, flowCookie } = await throughProvider('pc900', 'https://evil.example/');
    const res = await finish(callback, flowCookie);
    expect(res.headers.location).toBe('/sign-in/complete?to=%2F');
  });

  it('with LOCAL_PASSWORDS=off refuses passwords, except for the break-glass admin', async () => {
    const officer = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: 'north1', password: PASSWORD },
    });
    expect(officer.statusCode).toBe(403);
    expect(officer.json()).toMatchObject({ error: { code: 'local_passwords_off' } });
    const admin = await s.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username: 'admin', password: PASSWORD },
    });
    expect(admin.statusCode).toBe(200);
  });
});

describe('OpenID Connect sign-in with the provider down', () => {
  it('answers the start with a page that says sign-in is not available, not an error body', async () => {
    const s = await startServer('sqlite', {
      oidc: {
        // Nothing listens on port 9 (discard) here: discovery fails at once.
        issuer: new URL('http://127.0.0.1:9'),
        clientId: 'beatbook',
        clientSecret: undefined,
        redirectUrl: new URL(REDIRECT),
        usernameClaim: 'preferred_username',
        displayName: 'Test Force ID',
      },
    });
    try {
      const res = await s.app.inject({ method: 'GET', url: '/api/session/oidc/start' });
      expect(res.statusCode).toBe(502);
      expect(res.body).toContain('Sign-in is not available just now');
      expect(res.body).toContain('Test Force ID');
    } finally {
      await s.close();
    }
  });
});
