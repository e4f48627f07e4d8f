// Background Sync wiring: a local write registers the tag where the browser has
// `registration.sync`, and the service worker's SYNC_REQUESTED message starts a sync. Fakes stand
// in for navigator.serviceWorker; elsewhere the feature is simply absent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_SYNC_TAG,
  listenForSyncRequests,
  requestBackgroundSync,
  type ServiceWorkerHost,
} from '#client/platform/sync/background';
import { createSyncRunner } from '#client/platform/sync/runner';
import { openUserDb } from '#client/platform/db/schema';
import { type ApiClient } from '#client/platform/api/client';

class FakeServiceWorker implements ServiceWorkerHost {
  readonly registered: string[] = [];
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  constructor(private readonly registration: 'with-sync' | 'without-sync' | 'none' | 'refusing') {}

  getRegistration() {
    if (this.registration === 'none') return Promise.resolve(undefined);
    if (this.registration === 'without-sync') return Promise.resolve({});
    const refuse = this.registration === 'refusing';
    return Promise.resolve({
      sync: {
        register: (tag: string): Promise<void> => {
          if (refuse) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
          this.registered.push(tag);
          return Promise.resolve();
        },
      },
    });
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }
  /** What the worker's `client.postMessage(...)` looks like to the page. */
  post(data: unknown): void {
    for (const listener of [...this.listeners]) listener(new MessageEvent('message', { data }));
  }
  get listening(): number {
    return this.listeners.size;
  }
}

describe('requestBackgroundSync', () => {
  it('registers the beatbook-sync tag where registration.sync exists', async () => {
    const host = new FakeServiceWorker('with-sync');
    expect(await requestBackgroundSync(host)).toBe(true);
    expect(host.registered).toEqual([BACKGROUND_SYNC_TAG]);
    expect(BACKGROUND_SYNC_TAG).toBe('beatbook-sync');
  });

  it.each(['without-sync', 'none', 'refusing'] as const)(
    'does nothing, quietly, with registration %s',
    async (kind) => {
      const host = new FakeServiceWorker(kind);
      expect(await requestBackgroundSync(host)).toBe(false);
      expect(host.registered).toEqual([]);
    },
  );

  it('does nothing without a service worker container', async () => {
    expect(await requestBackgroundSync(null)).toBe(false);
  });
});

describe('listenForSyncRequests', () => {
  it('calls back on SYNC_REQUESTED only, until stopped', () => {
    const host = new FakeServiceWorker('with-sync');
    const onRequest = vi.fn();
    const stop = listenForSyncRequests(host, onRequest);
    host.post({ type: 'SKIP_WAITING' });
    host.post('SYNC_REQUESTED');
    host.post(null);
    expect(onRequest).not.toHaveBeenCalled();
    host.post({ type: 'SYNC_REQUESTED' });
    expect(onRequest).toHaveBeenCalledTimes(1);
    stop();
    host.post({ type: 'SYNC_REQUESTED' });
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(host.listening).toBe(0);
  });
});

describe('the sync runner and Background Sync', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function start(host: FakeServiceWorker) {
    const db = openUserDb(`background-${crypto.randomUUID()}`);
    const pulls: number[] = [];
    const api: ApiClient = {
      withRequestId: () => api,
      signIn: () => Promise.reject(new Error('not used')),
      signOut: () => Promise.resolve(),
      me: () => Promise.reject(new Error('not used')),
      send: () => Promise.reject(new Error('not used')),
      push: () => Promise.resolve({ results: [] }),
      pull: (cursor) => {
        pulls.push(cursor);
        return Promise.resolve({ changes: [], cursor, hasMore: false });
      },
    };
    const runner = createSyncRunner(
      { db, api, deviceId: 'device-1' },
      { syncOnStart: false, intervalMs: 3_600_000, debounceMs: 3_600_000, serviceWorker: host },
    );
    runner.start();
    cleanups.push(() => {
      runner.stop();
      db.close();
    });
    return { runner, pulls };
  }

  it('registers the tag after a local write', async () => {
    const host = new FakeServiceWorker('with-sync');
    const { runner } = start(host);
    runner.notifyWrite();
    await vi.waitFor(() => {
      expect(host.registered).toEqual([BACKGROUND_SYNC_TAG]);
    });
  });

  it("syncs when the service worker passes on the browser's sync event, and stops listening when stopped", async () => {
    const host = new FakeServiceWorker('with-sync');
    const { runner, pulls } = start(host);
    expect(host.listening).toBe(1);
    host.post({ type: 'SYNC_REQUESTED' });
    // The first sync loads the engine's chunk: on a loaded machine that takes more than
    // vi.waitFor's default second.
    await vi.waitFor(
      () => {
        expect(pulls).toHaveLength(1);
      },
      { timeout: 10_000 },
    );
    runner.stop();
    expect(host.listening).toBe(0);
  });

  it('works as before where the browser has no Background Sync', async () => {
    const host = new FakeServiceWorker('without-sync');
    const { runner, pulls } = start(host);
    runner.notifyWrite();
    await runner.syncNow();
    expect(pulls).toHaveLength(1);
    expect(host.registered).toEqual([]);
  });
});
