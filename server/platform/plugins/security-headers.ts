// Security headers. The CSP allows only our own origin: the built app has no inline scripts or
// styles and loads nothing from elsewhere (no CDN; these devices may be offline).
import helmet from '@fastify/helmet';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { CookieSecure } from '#server/platform/config';
import { globalPlugin } from './global-plugin';

/**
 * The browser features the app uses, for itself only: the position of an activity and photos
 * (the file picker may open the camera). Everything else that could reach a person's device or
 * surroundings is switched off, for our pages and anything they might ever embed.
 */
export const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'camera=(self)',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'screen-wake-lock=()',
  'publickey-credentials-get=()',
  'browsing-topics=()',
].join(', ');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Secure cookies and HSTS everywhere except plain-http local development (auto mode). */
export function isSecureRequest(request: FastifyRequest, setting: CookieSecure): boolean {
  if (setting !== 'auto') return setting;
  return request.protocol === 'https' || !LOCAL_HOSTS.has(request.hostname);
}

interface SecurityHeadersPluginOptions {
  cookieSecure: CookieSecure;
  /**
   * The map tile server's origin (TILE_URL), when one is configured: tiles are images, fetched by
   * the page and by the service worker that keeps them.
   */
  tileImgSource?: string | undefined;
}

export const securityHeaders: FastifyPluginAsync<SecurityHeadersPluginOptions> = globalPlugin(
  async (app, opts) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        // No defaults: helmet's default adds upgrade-insecure-requests, which breaks http://localhost.
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:', ...[opts.tileImgSource ?? []].flat()],
          // The service worker fetches the tiles it keeps (service-worker/tiles.ts), and a
          // worker's fetches answer to connect-src (sw.js is served with this policy too).
          connectSrc: ["'self'", ...[opts.tileImgSource ?? []].flat()],
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      // HSTS is decided per request below: sent over http://localhost it would do nothing useful,
      // and a developer's browser would then refuse plain http for that host.
      hsts: false,
    });
    app.addHook('onSend', async (request, reply) => {
      reply.header('permissions-policy', PERMISSIONS_POLICY);
      // Every /api answer is about people (records, rosters, audit rows, photos) or about who is
      // signed in; none may stay in a browser or proxy cache for the next user of a shared tablet.
      // The app keeps what it needs offline in IndexedDB, not in the HTTP cache.
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
      if (isSecureRequest(request, opts.cookieSecure))
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    });
  },
);
