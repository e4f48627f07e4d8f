// Response headers (issue 13, item 6): no /api answer may be kept by a browser or proxy cache
// (they carry personal data, and a shared tablet's next user must not find them), and a
// Permissions-Policy allows only what the app uses (location, camera) and only from itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { databaseNames, HEADERS, signIn, startServer, type TestServer } from './helper';
import { fillParams, routesOf } from './routes-of';

describe.each(databaseNames)('response headers on %s', (db) => {
  let s: TestServer;
  let cookie = '';
  beforeAll(async () => {
    s = await startServer(db);
    cookie = await signIn(s.app, 'sup');
  });
  afterAll(async () => {
    await s.close();
  });

  it('every /api route answers with Cache-Control: no-store, signed in or not, success or error', async () => {
    const missing: string[] = [];
    const routes = routesOf(s.app).filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/session'),
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) {
      for (const c of [cookie, '']) {
        const res = await s.app.inject({
          method: r.method as 'GET',
          url: fillParams(r.url, uuidv7()),
          headers: { ...HEADERS, cookie: c },
        });
        if (res.headers['cache-control'] !== 'no-store')
          missing.push(
            `${r.method} ${r.url} (${c === '' ? 'signed out' : 'signed in'}) -> ${res.statusCode} ${String(res.headers['cache-control'])}`,
          );
      }
    }
    const pulled = await s.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: { cookie } });
    expect(pulled.statusCode).toBe(200);
    expect(pulled.headers['cache-control']).toBe('no-store');
    expect(missing).toEqual([]);
  });

  it('sends a Permissions-Policy on every response: location and camera for the app itself, nothing else', async () => {
    for (const url of ['/api/health', '/', '/api/me']) {
      const res = await s.app.inject({ method: 'GET', url, headers: { cookie } });
      const policy = String(res.headers['permissions-policy']);
      expect(policy).toContain('geolocation=(self)');
      expect(policy).toContain('camera=(self)');
      expect(policy).toContain('microphone=()');
      expect(policy).toContain('payment=()');
    }
  });
});
