// A sign-in flood must not stall the app (issue 13, item 4). Each password check is a scrypt run
// on libuv's small thread pool, the same pool that reads the app shell's files from disk; with
// every thread busy hashing, the shell waits behind the whole flood. Password hashing is capped
// (server/auth/hash-limit.ts), so the shell and the API answer while the flood is still being
// worked through. Judged by order of completion, not by a time limit that a loaded machine breaks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, signIn, startServer, type TestServer } from './helper';

const FLOOD = 48;

describe('a flood of bad sign-ins (sqlite, with a built app)', () => {
  let s: TestServer;
  let dist = '';
  let cookie = '';
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'beatbook-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Beatbook</title>');
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    // The real cost: each guess is a 16 MiB scrypt run, as an attacker's would be.
    s = await startServer('sqlite', { passwordCost: { log2N: 14 } }, dist);
    cookie = await signIn(s.app, 'north1');
  });
  afterAll(async () => {
    await s.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('the app shell, health and a pull answer before most of the flood is through', async () => {
    let finished = 0;
    const flood = Array.from({ length: FLOOD }, (_, i) =>
      s.app
        .inject({
          method: 'POST',
          url: '/api/session',
          headers: HEADERS,
          // Different addresses and usernames: no throttle stops these, each costs a hash.
          remoteAddress: `198.51.100.${i + 1}`,
          payload: { username: `flood-${i}`, password: 'not the password' },
        })
        .then((res) => {
          finished += 1;
          return res.statusCode;
        }),
    );
    // Once the first guess is answered, the rest are queued for hashing: ask for the app now.
    await Promise.race(flood);
    const seenAt: Record<string, number> = {};
    const answer = async (label: string, url: string, headers: Record<string, string> = {}) => {
      const res = await s.app.inject({ method: 'GET', url, headers });
      seenAt[label] = finished;
      return res.statusCode;
    };
    const [shell, asset, health, pull] = await Promise.all([
      answer('shell', '/'),
      answer('asset', '/assets/app-abc123.js'),
      answer('health', '/api/health'),
      answer('pull', '/api/sync/pull?cursor=0', { cookie }),
    ]);
    expect([shell, asset, health, pull]).toEqual([200, 200, 200, 200]);
    const statuses = await Promise.all(flood);
    // Every guess was answered as a wrong password or a polite refusal, never a server error.
    expect(statuses.every((code) => code === 401 || code === 429)).toBe(true);
    for (const [label, done] of Object.entries(seenAt))
      expect([label, done < FLOOD / 2]).toEqual([label, true]);
  });
});
