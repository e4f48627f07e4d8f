// A fault-injecting network between simulated devices and the real force database.
//
// Each device gets a `fetch` (for the app's own API client) with its own cookie jar and its own
// queue of faults. Every request goes through `Network.send`, which picks a server instance,
// delivers the request and records every push result the server hands out, so the checks can
// compare what devices were told with what the database holds.
import { pushResponseSchema, type MutationResult } from '#domain/sync';

export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
}

/** Delivers one request to server instance `server` (inject, or real HTTP). */
export type Deliver = (request: WireRequest, server: number) => Promise<WireResponse>;

/**
 * What happens to one request: delivered normally; lost before the server sees it; the server
 * commits but the reply is lost; delivered twice; delivered, with a stale copy replayed later;
 * held back (the device sees a failure) and delivered later, after the device has retried.
 */
export const faults = ['ok', 'dropRequest', 'dropResponse', 'twice', 'stash', 'delay'] as const;
/**
 * `kill` (soak only, on backends that run real processes): the server handling a push is killed
 * with SIGKILL while the push is in flight and started again; the device sees a failure.
 */
export type Fault = (typeof faults)[number] | 'kill';

/** Delivers a push to `server`, SIGKILLs that server during it and brings it back. */
export type KillDuring = (request: WireRequest, server: number) => Promise<void>;

export interface DeviceLink {
  fetch: typeof fetch;
  /** Consumed one per request while faults are on; an empty queue means 'ok'. */
  faults: Fault[];
  cookie: string | null;
}

const isPush = (r: WireRequest): boolean => r.method === 'POST' && r.path.startsWith('/api/sync/push');

function urlOf(input: RequestInfo | URL): URL {
  if (typeof input === 'string') return new URL(input);
  return input instanceof URL ? input : new URL(input.url);
}

function networkFailure(): TypeError {
  return new TypeError('fetch failed (fault injected)');
}

export class Network {
  faultsOn = true;
  /** Which server instance each successive request goes to (cycled). */
  routes: number[] = [0];
  private routeIndex = 0;
  /** Push requests waiting to be delivered late (stale duplicates and held-back originals). */
  readonly stash: WireRequest[] = [];
  /** Every push result any server returned, by mutation id, in the order seen. */
  readonly observed = new Map<string, MutationResult[]>();
  requests = 0;

  constructor(
    private readonly deliver: Deliver,
    private readonly killDuring?: KillDuring,
  ) {}

  private nextServer(): number {
    const server = this.routes[this.routeIndex % this.routes.length] ?? 0;
    this.routeIndex += 1;
    return server;
  }

  async send(request: WireRequest): Promise<WireResponse> {
    this.requests += 1;
    const response = await this.deliver(request, this.nextServer());
    if (isPush(request) && response.status === 200) {
      for (const result of pushResponseSchema.parse(JSON.parse(response.body)).results) {
        const seen = this.observed.get(result.mutationId) ?? [];
        seen.push(result);
        this.observed.set(result.mutationId, seen);
      }
    }
    return response;
  }

  /** Delivers every held-back and stale push now; their replies go nowhere. */
  async flushStash(): Promise<void> {
    for (const request of this.stash.splice(0)) {
      try {
        await this.send(request);
      } catch {
        // A server restarting drops it, as a real network would.
      }
    }
  }

  link(): DeviceLink {
    const link: DeviceLink = {
      faults: [],
      cookie: null,
      fetch: (input, init) => this.fetchFor(link, input, init),
    };
    return link;
  }

  private async fetchFor(link: DeviceLink, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = urlOf(input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    if (link.cookie !== null) headers.cookie = link.cookie;
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const request: WireRequest = {
      method: init?.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      headers,
      body,
    };

    const fault: Fault = this.faultsOn ? (link.faults.shift() ?? 'ok') : 'ok';
    let response: WireResponse;
    switch (fault) {
      case 'dropRequest':
        throw networkFailure();
      case 'kill':
        if (this.killDuring === undefined || !isPush(request)) throw networkFailure();
        this.requests += 1;
        await this.killDuring(request, this.nextServer());
        throw networkFailure();
      case 'delay':
        if (isPush(request)) this.stash.push(request);
        throw networkFailure();
      case 'dropResponse':
        await this.send(request);
        throw networkFailure();
      case 'twice':
        await this.send(request);
        response = await this.send(request);
        break;
      case 'stash':
        response = await this.send(request);
        if (isPush(request)) this.stash.push(request);
        break;
      case 'ok':
        response = await this.send(request);
        break;
    }
    for (const c of response.setCookies) {
      const [pair = ''] = c.split(';');
      if (pair.startsWith('bb_session=')) link.cookie = pair.endsWith('=') ? null : pair;
    }
    const noBody = response.status === 204 || response.body === '';
    return new Response(noBody ? null : response.body, {
      status: response.status,
      headers: response.headers,
    });
  }
}
