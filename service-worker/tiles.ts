// Map tiles, kept as they are viewed so the beat map draws with no signal. The tile server is the
// force's TILE_URL, which the worker does not know, so a tile is recognised by its address: a
// GET for an image whose path ends in /{z}/{x}/{y} (with an optional @2x and extension), never
// this app's /api/. Cache first (tiles rarely change), in a cache bounded by count and age and
// emptied first if the device runs short of storage.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CacheFirst } from 'workbox-strategies';

export const TILE_CACHE = 'beatbook-map-tiles';
/** About a beat at three zoom levels on a phone; the oldest-used tiles go first beyond it. */
export const MAX_TILES = 1500;
export const MAX_TILE_AGE_SECONDS = 30 * 24 * 60 * 60;

const TILE_PATH = /\/\d{1,2}\/\d{1,7}\/\d{1,7}(@\d(\.\d+)?x)?(\.(png|jpe?g|webp))?$/i;

/** Whether a request is a map tile to keep. `origin` is the app's own origin. */
export function isTileRequest(url: URL, method: string, destination: string, origin: string): boolean {
  if (method !== 'GET') return false;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.origin === origin && url.pathname.startsWith('/api/')) return false;
  // Leaflet loads tiles as <img>; a fetch() of the same address (destination '') is left alone.
  if (destination !== 'image') return false;
  return TILE_PATH.test(url.pathname);
}

// The plugins' optional callbacks are typed `| undefined`, which exactOptionalPropertyTypes will
// not match to WorkboxPlugin's; they are WorkboxPlugins all the same.
export function tileStrategy(): CacheFirst {
  return new CacheFirst({
    cacheName: TILE_CACHE,
    plugins: [
      // Tiles from another server come back opaque (status 0) unless it sends CORS headers.
      new CacheableResponsePlugin({ statuses: [0, 200] }) as WorkboxPlugin,
      new ExpirationPlugin({
        maxEntries: MAX_TILES,
        maxAgeSeconds: MAX_TILE_AGE_SECONDS,
        purgeOnQuotaError: true,
      }) as WorkboxPlugin,
    ],
  });
}
