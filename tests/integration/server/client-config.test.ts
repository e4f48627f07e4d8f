// GET /api/client-config and the CSP's img-src: the map tile server (TILE_URL) reaches the app and
// is the only extra image origin allowed; with none configured, nothing extra is allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startServer, type TestServer } from './helper';
import { loadConfig } from '#server/platform/config';

const TILE_URL = 'https://{s}.tiles.example.org/{z}/{x}/{y}.png';

describe('client configuration (SQLite)', () => {
  let withTiles: TestServer;
  let without: TestServer;
  beforeAll(async () => {
    const tiles = loadConfig({ TILE_URL, TILE_ATTRIBUTION: '© Example mapping' }).tiles;
    withTiles = await startServer('sqlite', { tiles });
    without = await startServer('sqlite');
  });
  afterAll(async () => {
    await withTiles.close();
    await without.close();
  });

  it('needs a session', async () => {
    const res = await withTiles.app.inject({ method: 'GET', url: '/api/client-config' });
    expect(res.statusCode).toBe(401);
  });

  it('gives a signed-in user the tile server, and allows its origin (any {s} subdomain) for images', async () => {
    const cookie = await signIn(withTiles.app, 'north1');
    const res = await withTiles.app.inject({ method: 'GET', url: '/api/client-config', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ tileUrl: TILE_URL, tileAttribution: '© Example mapping' });
    expect(String(res.headers['content-security-policy'])).toMatch(
      /img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.org(;|$)/,
    );
    // The service worker fetches the tiles it keeps for offline maps: connect-src allows them too.
    expect(String(res.headers['content-security-policy'])).toMatch(
      /connect-src 'self' https:\/\/\*\.tiles\.example\.org(;|$)/,
    );
  });

  it('says there is no tile server when none is configured, and the CSP allows no other origin', async () => {
    const cookie = await signIn(without.app, 'north1');
    const res = await without.app.inject({ method: 'GET', url: '/api/client-config', headers: { cookie } });
    expect(res.json()).toEqual({ tileUrl: null, tileAttribution: '' });
    expect(String(res.headers['content-security-policy'])).toMatch(/img-src 'self' data: blob:(;|$)/);
    expect(String(res.headers['content-security-policy'])).toMatch(/connect-src 'self'(;|$)/);
  });

  it('refuses a malformed TILE_URL at start with a plain message', () => {
    expect(() => loadConfig({ TILE_URL: 'tiles.example.org' })).toThrow(/TILE_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ TILE_URL: 'ftp://tiles.example.org/{z}/{x}/{y}' })).toThrow(/TILE_URL/);
  });
});
