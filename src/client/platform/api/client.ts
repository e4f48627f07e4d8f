// The app's only fetch: same-origin JSON calls to the force database, parsed with the domain
// schemas, failing with ApiError.
import type { z } from 'zod';
import type { Me } from '#domain/session';
import type { PullResponse, PushRequest, PushResponse } from '#domain/sync';
import { errorFromResponse, networkError } from './errors';
import { readReply } from './reply';
import type * as Schemas from './schemas';

type ReplySchemas = typeof Schemas;

let schemas: Promise<ReplySchemas> | undefined;

/** Loaded on the first request (see schemas.ts); a failed load counts as a failed request. */
function loadSchemas(): Promise<ReplySchemas> {
  schemas ??= import('./schemas').catch(() => {
    schemas = undefined;
    throw networkError();
  });
  return schemas;
}

export interface ApiClientOptions {
  /** '' in the app (same origin); tests pass e.g. 'http://localhost'. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Sent as X-Request-Id with every call (see withRequestId). */
  requestId?: string;
}

export interface ApiClient {
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  me(): Promise<Me>;
  push(request: PushRequest): Promise<PushResponse>;
  /** One pull page; `estimate` asks for `estimatedTotal` (the first request of a pull). */
  pull(cursor: number, limit: number, deviceId?: string, estimate?: boolean): Promise<PullResponse>;
  /**
   * Any other call to the force database, for the API modules beside this one (attachments,
   * audit, organisation…): same headers, same errors, the Response back for the caller to read.
   * `json` is sent as JSON; `body` is sent as is with `contentType`.
   */
  send(method: string, path: string, payload?: SendPayload): Promise<Response>;
  /**
   * The same client, sending `X-Request-Id: requestId` with every call. The sync runner takes one
   * per sync, so the force database's logs show that sync's push, uploads and pull pages together.
   */
  withRequestId(requestId: string): ApiClient;
}

export type SendPayload = { json: unknown } | { body: BodyInit; contentType: string };

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  // Looked up per call, not captured, so a fetch patched after start-up (msw, Workbox) is used.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    return send(method, path, body === undefined ? undefined : { json: body });
  }

  async function send(method: string, path: string, payload?: SendPayload): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.requestId !== undefined) headers['X-Request-Id'] = options.requestId;
    // The server refuses state-changing calls without this header: a cross-site form cannot
    // set it, which backs up the SameSite cookie against CSRF.
    if (method !== 'GET') headers['X-Beatbook'] = '1';
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (payload !== undefined && 'json' in payload) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload.json);
    } else if (payload !== undefined) {
      headers['Content-Type'] = payload.contentType;
      init.body = payload.body;
    }
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, init);
    } catch {
      throw networkError();
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  /** Sends the request while the reply schemas load, then parses the reply with the chosen one. */
  async function request<S extends z.ZodType>(
    pick: (schemas: ReplySchemas) => S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const loading = loadSchemas();
    // Handled here so a failed load is not reported as unhandled when the request fails first.
    loading.catch(() => undefined);
    const response = await call(method, path, body);
    return readReply(pick(await loading), response);
  }

  return {
    send,
    withRequestId: (requestId) => createApiClient({ ...options, requestId }),
    async signIn(username, password) {
      return request((s) => s.meSchema, 'POST', '/api/session', { username, password });
    },
    async signOut() {
      await call('DELETE', '/api/session');
    },
    async me() {
      return request((s) => s.meSchema, 'GET', '/api/me');
    },
    async push(pushRequest) {
      return request((s) => s.pushResponseSchema, 'POST', '/api/sync/push', pushRequest);
    },
    async pull(cursor, limit, deviceId, estimate) {
      const query = new URLSearchParams({ cursor: String(cursor), limit: String(limit) });
      if (estimate === true) query.set('estimate', '1');
      if (deviceId !== undefined) query.set('deviceId', deviceId);
      return request((s) => s.pullResponseSchema, 'GET', `/api/sync/pull?${query.toString()}`);
    },
  };
}
