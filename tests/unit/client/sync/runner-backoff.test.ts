// A sync queued by an automatic trigger (a local write, the periodic tick) while another sync
// was running must not go out when that sync failed with a back-off (503 with Retry-After):
// it would hit a force database that asked to be left alone. "Sync now" still goes out.
// (Seen at load 13: retried.test.ts got a fourth request after the 503.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncRunner } from '#client/platform/sync/runner';
import { openUserDb } from '#client/platform/db/schema';
import { type ApiClient } from '#client/platform/api/client';
import { HttpApiError } from '#client/platform/api/errors';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('a sync queued behind one that fails with Retry-After', () => {
  it('does not go out when only automatic triggers asked for it; "Sync now" does', async () => {
    const db = openUserDb(`backoff-${crypto.randomUUID()}`);
    const pulls: number[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let down = true;
    const api: ApiClient = {
      withRequestId: () => api,
      signIn: () => Promise.reject(new Error('not used')),
      signOut: () => Promise.resolve(),
      me: () => Promise.reject(new Error('not used')),
      send: () => Promise.reject(new Error('not used')),
      push: () => Promise.resolve({ results: [] }),
      pull: async (cursor) => {
        pulls.push(cursor);
        if (pulls.length === 1) await held;
        if (down) throw new HttpApiError('internal_error', 'Down for maintenance', 503, 120_000);
        return { changes: [], cursor, hasMore: false };
      },
    };
    const runner = createSyncRunner(
      { db, api, deviceId: 'device-1' },
      { syncOnStart: false, intervalMs: 3_600_000, debounceMs: 0 },
    );
    runner.start();
    cleanups.push(() => {
      runner.stop();
      db.close();
    });

    const first = runner.syncNow();
    await vi.waitFor(
      () => {
        expect(pulls).toHaveLength(1);
      },
      { timeout: 10_000 },
    );
    runner.notifyWrite(); // debounced at 0 ms: queues a sync behind the one in flight
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await first;
    expect(runner.getStatus().lastError).toBe('internal_error');
    // Long enough for a queued sync to have gone out (it follows at once, with no timer).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulls).toHaveLength(1);

    down = false;
    await runner.syncNow();
    expect(pulls).toHaveLength(2);
    expect(runner.getStatus().lastError).toBeNull();
  });
});
