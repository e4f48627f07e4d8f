/// <reference lib="webworker" />
// The Beatbook service worker: serves the precached app shell so the app opens with no signal,
// and keeps map tiles as they are viewed (tiles.ts) so the beat map draws offline.
// It never caches /api/* (records live in IndexedDB, and the sync engine must see real network
// failures), and a new version waits until the officer chooses "Reload" in the app.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { isTileRequest, tileStrategy } from './tiles';

declare const self: ServiceWorkerGlobalScope;

// The build replaces self.__WB_MANIFEST with the hashed list of the app shell's files.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// On first install, take charge of the open page at once, so screens it has not loaded yet come
// from the precache if the signal drops before the next reload. (An update only activates after
// the officer's "Reload", so claiming then cannot swap versions under them.)
clientsClaim();

// Every in-app address (/problems/…, /sign-in) is the same single-page app: answer navigations
// with the precached index.html. /api/ is left to the network so the server's answers, including
// its errors, reach the app unchanged.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'),
  new NetworkOnly(),
);
registerRoute(
  ({ url, request }) => isTileRequest(url, request.method, request.destination, self.location.origin),
  tileStrategy(),
);

// No automatic skipWaiting: activating a new version under an open form could load screens
// that no longer match the page. The app sends this message only when the officer accepts.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
  }
});

// Background Sync (Chromium): the app registers the tag below when a push fails for want of a
// signal; the browser wakes this worker once the connection is back. The sync engine lives in
// the page, so the worker only tells open windows to sync now.
const BACKGROUND_SYNC_TAG = 'beatbook-sync';

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync', (event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== BACKGROUND_SYNC_TAG) return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((windows) => {
      for (const client of windows) client.postMessage({ type: 'SYNC_REQUESTED' });
    }),
  );
});
