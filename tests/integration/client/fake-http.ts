// msw handlers that put the fake force database behind the real HTTP API shape.
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { pullQuerySchema, pushRequestSchema } from '#domain/sync';
import { signInRequestSchema } from '#domain/session';
import type { ErrorCode } from '#domain/errors';
import type { FakeForceDatabase } from './fake-server';

export const BASE = 'http://localhost';

export interface HttpKnobs {
  /** Apply the next push, then drop the reply as a lost connection would. */
  dropNextPushReply: boolean;
  /** Fail every request with this status until cleared. */
  outage: { status: number; code: ErrorCode; retryAfter?: string } | null;
  offline: boolean;
  /** Pulls fail with 503 while pushes still work. */
  pullDown: boolean;
  requests: { method: string; path: string; query: string; requestId: string | null }[];
}

const fail = (status: number, code: ErrorCode, headers?: Record<string, string>): Response =>
  HttpResponse.json({ error: { code, message: code } }, headers ? { status, headers } : { status });

export function startFakeHttp(db: FakeForceDatabase): { server: SetupServer; knobs: HttpKnobs } {
  const knobs: HttpKnobs = {
    dropNextPushReply: false,
    outage: null,
    offline: false,
    pullDown: false,
    requests: [],
  };

  const guard = (request: Request): Response | null => {
    const url = new URL(request.url);
    knobs.requests.push({
      method: request.method,
      path: url.pathname,
      query: url.search,
      requestId: request.headers.get('X-Request-Id'),
    });
    if (knobs.offline) return HttpResponse.error();
    if (knobs.outage) {
      const { status, code, retryAfter } = knobs.outage;
      return fail(status, code, retryAfter === undefined ? undefined : { 'Retry-After': retryAfter });
    }
    if (request.method !== 'GET' && request.headers.get('X-Beatbook') !== '1') return fail(403, 'forbidden');
    return null;
  };
  const session = (): Response | null => {
    if (db.sessionUser === null) return fail(401, 'unauthenticated');
    if (db.sessionExpired) return fail(401, 'session_expired');
    return null;
  };

  const server = setupServer(
    http.post(`${BASE}/api/session`, async ({ request }) => {
      const early = guard(request);
      if (early) return early;
      const body = signInRequestSchema.safeParse(await request.json());
      if (!body.success) return fail(400, 'invalid_request');
      const me = db.signIn(body.data.username, body.data.password);
      return me ? HttpResponse.json(me) : fail(401, 'invalid_credentials');
    }),
    http.delete(`${BASE}/api/session`, ({ request }) => {
      const early = guard(request);
      if (early) return early;
      db.sessionUser = null;
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${BASE}/api/sync/push`, async ({ request }) => {
      const early = guard(request) ?? session();
      if (early) return early;
      const body = pushRequestSchema.safeParse(await request.json());
      if (!body.success || db.sessionUser === null) return fail(400, 'invalid_request');
      const results = db.push(db.sessionUser, body.data.mutations);
      if (knobs.dropNextPushReply) {
        // The server committed; the device never hears back.
        knobs.dropNextPushReply = false;
        return HttpResponse.error();
      }
      return HttpResponse.json({ results });
    }),
    http.get(`${BASE}/api/sync/pull`, ({ request }) => {
      const early = guard(request) ?? session();
      if (early) return early;
      if (knobs.pullDown) return fail(503, 'internal_error');
      const query = pullQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return fail(400, 'invalid_request');
      return HttpResponse.json(db.pull(query.data.cursor, query.data.limit, query.data.estimate === '1'));
    }),
    http.get(`${BASE}/api/roster`, ({ request }) => {
      const early = guard(request) ?? session();
      if (early) return early;
      if (db.sessionUser === null) return fail(401, 'unauthenticated');
      return HttpResponse.json({ members: db.roster(db.sessionUser) });
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  return { server, knobs };
}
