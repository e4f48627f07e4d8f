// Sessions and CSRF for /api. Every /api route needs a session unless its route config says
// `public: true` (health, sign-in). Beyond SameSite=Strict, every non-GET /api request must carry
// `X-Beatbook: 1`: a cross-site form cannot set a custom header, and a cross-site fetch that
// sets one needs a CORS preflight this server never grants.
import cookie from '@fastify/cookie';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '#server/platform/config';
import { ApiError } from '#server/platform/errors';
import { resolveSession, type SignedIn } from './sessions';
import { globalPlugin } from '#server/platform/plugins/global-plugin';
import { isSecureRequest } from '#server/platform/plugins/security-headers';

export const SESSION_COOKIE = 'bb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

/** The signed-in user of a route that requires a session (guaranteed by the hook below). */
export function requireSignedIn(request: FastifyRequest): SignedIn {
  if (request.signedIn === null) throw new ApiError('unauthenticated', 401);
  return request.signedIn;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: isSecureRequest(request, config.cookieSecure),
    maxAge: Math.floor(config.sessionMaxHours * 3600),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: isSecureRequest(request, config.cookieSecure),
  });
}

export const auth: FastifyPluginAsync<{ config: Config }> = globalPlugin(async (app, { config }) => {
  await app.register(cookie);
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-beatbook'] !== '1')
      throw new ApiError('forbidden', 403);
    // Unknown /api paths fall through to the 404 handler; only real API routes need a session.
    const route = request.routeOptions.url;
    if (
      request.is404 ||
      route === undefined ||
      !route.startsWith('/api/') ||
      request.routeOptions.config.public === true
    )
      return;
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token === '') throw new ApiError('unauthenticated', 401);
    const found = await resolveSession(app.store.db, config, token);
    if (found === 'expired') throw new ApiError('session_expired', 401);
    if (found === 'none') throw new ApiError('unauthenticated', 401);
    request.signedIn = found;
  });
});
