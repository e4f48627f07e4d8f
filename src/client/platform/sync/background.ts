// Background Sync (Chromium): after a local write the app registers the tag `beatbook-sync`; when
// the connection is back the browser wakes the service worker, which posts SYNC_REQUESTED to the
// open windows (service-worker/sw.ts), and the runner syncs. Elsewhere (Safari, Firefox) neither
// API exists and the page's own triggers (online, visible, the tick) do the same job.

export const BACKGROUND_SYNC_TAG = 'beatbook-sync';
export const SYNC_REQUESTED = 'SYNC_REQUESTED';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

interface RegistrationLike {
  sync?: SyncManagerLike;
}

/** The parts of `navigator.serviceWorker` used here, so tests can pass a fake. */
export interface ServiceWorkerHost {
  getRegistration(): Promise<RegistrationLike | undefined>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export function browserServiceWorker(): ServiceWorkerHost | null {
  const nav = (globalThis as { navigator?: { serviceWorker?: ServiceWorkerHost } }).navigator;
  return nav?.serviceWorker ?? null;
}

/**
 * Asks the browser to wake the app once it has a connection. Feature-detected and best effort:
 * with no worker, no `registration.sync`, or a refusal (e.g. permission), nothing happens.
 */
export async function requestBackgroundSync(host: ServiceWorkerHost | null): Promise<boolean> {
  if (host === null) return false;
  try {
    const registration = await host.getRegistration();
    if (typeof registration?.sync?.register !== 'function') return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}

function isSyncRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === SYNC_REQUESTED;
}

/** Calls `onRequest` whenever the service worker says the browser wants a sync. */
export function listenForSyncRequests(host: ServiceWorkerHost | null, onRequest: () => void): () => void {
  if (host === null) return () => undefined;
  const listener = (event: MessageEvent): void => {
    if (isSyncRequest(event.data)) onRequest();
  };
  host.addEventListener('message', listener);
  return () => {
    host.removeEventListener('message', listener);
  };
}
