// The sync runner: decides when to sync, makes sure only one runs, and reports status.
import { dropRefused } from '#client/attention/data/attention';
import { countNeedsAttention, countOutbox, listNeedsAttention, watchQuery } from '#client/platform/db/live';
import { readFeedComplete } from '#client/platform/db/meta';
import type { NeedsAttentionItem, SyncController, Unsubscribe } from '#client/app/contract';
import { defaultBackoff, retryDelay, type BackoffOptions } from './backoff';
import {
  browserServiceWorker,
  listenForSyncRequests,
  requestBackgroundSync,
  type ServiceWorkerHost,
} from './background';
import type * as Engine from './engine';
import type { SyncDeps } from './deps';
import { classifyFailure } from './failure';
import { withSyncLock } from './lock';
import { createStatusStore, initialStatus } from './status';
import { attachTriggers, isBrowserOnline } from './triggers';

export interface RunnerOptions {
  intervalMs?: number;
  /** Delay after a local write before pushing, so a burst of saves goes in one request. */
  debounceMs?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  /** Records per pull page (the server caps it too). */
  pullLimit?: number;
  /** Sync as soon as the runner starts (the app's default; tests may drive it by hand). */
  syncOnStart?: boolean;
  /** Where Background Sync is registered and its wake-ups arrive; null turns it off. */
  serviceWorker?: ServiceWorkerHost | null;
}

let engine: Promise<typeof Engine> | undefined;

/**
 * The push/pull engine (with the protocol schemas and the record rules it parses by) loads on the
 * first sync rather than with the first screen, which keeps that download under its budget
 * (scripts/report-bundle.ts). The list and the status show from this device without it.
 */
function loadEngine(): Promise<typeof Engine> {
  engine ??= import('./engine').catch((error: unknown) => {
    engine = undefined; // a failed fetch is retried by the next attempt, not remembered
    throw error;
  });
  return engine;
}

/**
 * Starts fetching the engine's chunk without waiting for it: a workspace opening calls this first,
 * so the chunk arrives while the database opens rather than after (the first pull waits for it).
 */
export function preloadSyncEngine(): void {
  loadEngine().catch(() => undefined);
}

export interface SyncRunner extends SyncController {
  start(): void;
  stop(): void;
  /** A local write committed: push it soon. */
  notifyWrite(): void;
}

export function createSyncRunner(deps: SyncDeps, options: RunnerOptions = {}): SyncRunner {
  const { intervalMs = 60_000, debounceMs = 2_000, backoff = defaultBackoff, random = Math.random } = options;
  const serviceWorker = options.serviceWorker === undefined ? browserServiceWorker() : options.serviceWorker;
  const status = createStatusStore(initialStatus(isBrowserOnline()));
  const cleanups: (() => void)[] = [];
  let stopped = true;
  let sessionEnded = false;
  let failures = 0;
  let notBefore = 0;
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const halted = (): boolean => stopped || sessionEnded;

  async function attempt(): Promise<void> {
    if (halted()) return;
    status.update({ syncing: true });
    try {
      const { syncOnce } = await loadEngine();
      // One id for every request of this sync, so the server's logs can follow it (and so can
      // whoever the officer reports a failing sync to).
      const api = deps.api.withRequestId(`sync-${crypto.randomUUID()}`);
      const onPullProgress: SyncDeps['onPullProgress'] = (download) => {
        status.update({ download });
      };
      const syncDeps = { ...deps, api, onPullProgress };
      await withSyncLock(() =>
        syncOnce(options.pullLimit === undefined ? syncDeps : { ...syncDeps, pullLimit: options.pullLimit }),
      );
      failures = 0;
      notBefore = 0;
      status.update({
        syncing: false,
        download: null,
        online: isBrowserOnline(),
        lastSyncedAt: new Date().toISOString(),
        lastError: null,
      });
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'session-ended') {
        // Stop for good: retrying with a dead session only piles up 401s. The outbox is kept
        // and a fresh sign-in opens a new workspace (and runner) that pushes it.
        sessionEnded = true;
        detach();
        status.update({ syncing: false, download: null, sessionExpired: true, lastError: failure.code });
        return;
      }
      failures += 1;
      const delay = retryDelay(failures, failure.retryAfterMs, random, backoff);
      notBefore = Date.now() + delay;
      clearTimeout(retryTimer);
      if (!halted()) retryTimer = setTimeout(() => void run(false), delay);
      status.update({
        syncing: false,
        download: null,
        online: !failure.offline && isBrowserOnline(),
        lastError: failure.code,
      });
    }
  }

  /**
   * The in-tab guard. A request made while a sync runs is not dropped, since that sync may already
   * be past the push that the new request wants: one more sync is queued after it, and any
   * further requests join that queued one. A queued sync that only automatic triggers asked for
   * is dropped when the sync it waited for failed and set a back-off (a 503 with Retry-After):
   * the retry timer brings it back in time. One the officer asked for ("Sync now") still runs.
   */
  let queuedByOfficer = false;
  function run(byOfficer = true): Promise<void> {
    if (queued) {
      queuedByOfficer ||= byOfficer;
      return queued;
    }
    if (current) {
      const after = current;
      queuedByOfficer = byOfficer;
      queued = after.then(() => {
        queued = null;
        if (!queuedByOfficer && Date.now() < notBefore) return;
        return run(queuedByOfficer);
      });
      return queued;
    }
    current = attempt().finally(() => {
      current = null;
    });
    return current;
  }

  function runUnlessBackingOff(): void {
    if (!halted() && Date.now() >= notBefore) void run(false);
  }

  function detach(): void {
    for (const cleanup of cleanups.splice(0)) cleanup();
    clearTimeout(debounceTimer);
    clearTimeout(retryTimer);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      cleanups.push(
        watchQuery(
          () => countOutbox(deps.db),
          (pending) => {
            status.update({ pending });
          },
        ),
        // Live, so it turns false in the same moment the feed's last page is stored.
        watchQuery(
          () => readFeedComplete(deps.db),
          (complete) => {
            status.update({ firstDownload: !complete });
          },
        ),
        watchQuery(
          () => countNeedsAttention(deps.db),
          (needsAttention) => {
            status.update({ needsAttention });
          },
        ),
        attachTriggers(
          {
            urgent: () => void run(),
            periodic: runUnlessBackingOff,
            connectivity: (online) => {
              status.update({ online });
            },
          },
          intervalMs,
        ),
        // The browser only wakes the worker when it believes there is a connection, so this is
        // as good a signal as `online`: try at once, back-off or not.
        listenForSyncRequests(serviceWorker, () => void run()),
      );
      if (options.syncOnStart ?? true) void run();
    },
    stop() {
      stopped = true;
      detach();
    },
    notifyWrite() {
      if (halted()) return;
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(runUnlessBackingOff, debounceMs);
      // If the app is closed or the signal drops before the debounce fires, the browser can
      // still wake it to push once the connection returns.
      void requestBackgroundSync(serviceWorker);
    },
    syncNow: () => run(),
    getStatus: () => status.get(),
    subscribe: (onChange) => status.subscribe(onChange),
    resolveAttention: (mutationId) => dropRefused(deps.db, mutationId),
    discardAttention: (mutationId) => dropRefused(deps.db, mutationId),
    watchNeedsAttention(onChange: (items: NeedsAttentionItem[]) => void): Unsubscribe {
      return watchQuery(
        () => listNeedsAttention(deps.db),
        (rows) => {
          onChange(
            rows.map(({ id, collection, recordId, code, message, changes, at }) => ({
              mutationId: id,
              collection,
              recordId,
              code,
              message,
              changes,
              at,
            })),
          );
        },
      );
    },
  };
}
