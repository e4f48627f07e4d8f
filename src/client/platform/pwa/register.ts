// Registers the service worker and tells the app when a new version is waiting. The new version
// takes over only when the officer presses "Reload": a reload under an open form would lose typing.
import type { Workbox } from 'workbox-window';

type Listener = () => void;

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | null = null;
let updateReady = false;
const listeners = new Set<Listener>();

function setUpdateReady(): void {
  updateReady = true;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: is a new version installed and waiting? */
export function isUpdateReady(): boolean {
  return updateReady;
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called only from the officer's click on "Reload". */
export function applyUpdate(): void {
  if (workbox === null) {
    window.location.reload();
    return;
  }
  workbox.addEventListener('controlling', () => {
    window.location.reload();
  });
  workbox.messageSkipWaiting();
}

export function registerServiceWorker(): void {
  // Ask the browser not to evict IndexedDB under storage pressure; unsynced work lives there.
  // Loaded after the first screen, like workbox-window below: nothing on that screen needs it.
  import('./storage')
    .then(({ requestPersistentStorage }) => requestPersistentStorage())
    .catch(() => undefined);
  // In `vite` dev mode there is no built worker; registering would only log a 404.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // workbox-window is fetched after the first screen: nothing on that screen needs it.
  import('workbox-window')
    .then(async ({ Workbox }) => {
      const wb = new Workbox('/sw.js');
      workbox = wb;
      wb.addEventListener('waiting', setUpdateReady);
      await wb.register();
      // Officers keep the app open all shift, so look for a new version now and then.
      window.setInterval(() => {
        wb.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    })
    .catch((error: unknown) => {
      console.warn('Service worker registration failed; the app will not open offline.', error);
    });
}
