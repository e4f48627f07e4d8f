// What every response carries: security headers, cache headers for the built app, the SPA
// fallback, and our error shape for 404, 413 and malformed JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, signIn, startServer, type TestServer } from './helper';

describe('HTTP surface (sqlite, with a built app)', () => {
  let s: TestServer;
  let dist = '';
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'beatbook-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Beatbook</title>');
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dist, 'sw.js'), 'self.x = 1');
    writeFileSync(path.join(dist, 'manifest.webmanifest'), '{}');
    s = await startServer('sqlite', {}, dist);
  });
  afterAll(async () => {
    await s.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    s.app.inject({ method: 'GET', url, headers });

  it('serves hashed assets as immutable for a year', async () => {
    const res = await get('/assets/app-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html, sw.js and the manifest with no-cache', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers app routes with index.html, but not missing assets or unknown API routes', async () => {
    const page = await get('/problems/123', { accept: 'text/html,application/xhtml+xml' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Beatbook</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await get('/assets/missing-0000.js', { accept: 'text/html' });
    expect(asset.statusCode).toBe(404);
    const api = await get('/api/nothing-here', { accept: 'text/html' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
    const json = await get('/problems/123', { accept: 'application/json' });
    expect(json.statusCode).toBe(404);
  });

  it('sends a strict CSP and the other security headers, without upgrade-insecure-requests or HSTS on localhost', async () => {
    for (const url of ['/', '/api/health']) {
      const res = await get(url);
      const csp = String(res.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(csp, url).toContain(directive);
      }
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('reports health with the database kind', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: 'sqlite',
      version: expect.any(String) as string,
    });
  });

  it('answers malformed JSON with 400 and a body over 1 MiB with 413, in our error shape', async () => {
    const cookie = await signIn(s.app, 'north1');
    const headers = { ...HEADERS, cookie, 'content-type': 'application/json' };
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers,
      payload: '{"deviceId":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      error: { code: 'invalid_request', message: 'The request was not in the expected form.' },
    });
    const big = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers,
      payload: JSON.stringify({ pad: 'x'.repeat(1_100_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(big.body).not.toMatch(/at .*\.ts|stack/i);
  });

  it('skips static serving when there is no built app', async () => {
    const bare = await startServer('sqlite', {}, path.join(dist, 'missing'));
    try {
      expect(
        (await bare.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).statusCode,
      ).toBe(404);
      expect((await bare.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
