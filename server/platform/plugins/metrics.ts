// GET /metrics in Prometheus text format (prom-client), for the force's monitoring. Off unless
// METRICS_TOKEN is set, and then only with `Authorization: Bearer <token>`: request counts say
// who is working when, which is not for anyone on the network. Each instance reports its own
// numbers, so Prometheus scrapes every instance directly, not through the load balancer.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '#server/platform/database/database';
import { ApiError } from '#server/platform/errors';
import { globalPlugin } from './global-plugin';

/** What sync routes report; a no-op when metrics are off. */
export interface AppMetrics {
  /** One push: each mutation's result, and how long after `at` (on the device) it arrived. */
  pushed(results: readonly { status: string }[], deviceTimes: readonly string[]): void;
  /** One pull page served, with this many changes in it. */
  pulled(records: number): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

const off: AppMetrics = { pushed: () => undefined, pulled: () => undefined };
const digest = (text: string) => createHash('sha256').update(text).digest();

function authorised(request: FastifyRequest, token: string): boolean {
  const given = request.headers.authorization ?? '';
  const match = /^Bearer (.+)$/.exec(given);
  // Digests have one length, so the comparison takes the same time whatever was sent.
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

function instruments(register: Registry, store: Store) {
  const labelNames = ['method', 'route', 'status'] as const;
  return {
    requests: new Counter({
      name: 'beatbook_http_requests_total',
      help: 'HTTP requests answered',
      labelNames,
      registers: [register],
    }),
    latency: new Histogram({
      name: 'beatbook_http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [register],
    }),
    mutations: new Counter({
      name: 'beatbook_sync_push_mutations_total',
      help: 'Pushed mutations by result (applied, merged, rejected)',
      labelNames: ['result'] as const,
      registers: [register],
    }),
    lag: new Histogram({
      name: 'beatbook_sync_lag_seconds',
      help: 'From an edit on a device to its arrival here (device clock; offline time included)',
      buckets: [1, 10, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600],
      registers: [register],
    }),
    pages: new Counter({
      name: 'beatbook_sync_pull_pages_total',
      help: 'Pull pages served',
      registers: [register],
    }),
    records: new Counter({
      name: 'beatbook_sync_pull_records_total',
      help: 'Changes served by pull',
      registers: [register],
    }),
    pool: new Gauge({
      name: 'beatbook_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting); absent on SQLite',
      labelNames: ['state'] as const,
      registers: [register],
      collect() {
        const stats = store.poolStats?.();
        if (stats === undefined) return;
        for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, stats[state]);
      },
    }),
  };
}

export const metrics: FastifyPluginCallback<{ token: string | undefined; store: Store }> = globalPlugin(
  (app, { token, store }, ready) => {
    if (token === undefined) {
      app.decorate('metrics', off);
      // An explicit 404 rather than the app's page, so a scraper set up without a token fails loudly.
      app.get('/metrics', () => {
        throw new ApiError('not_found', 404);
      });
      ready();
      return;
    }
    const register = new Registry();
    // Process metrics, including nodejs_eventloop_lag_seconds (and its percentiles).
    collectDefaultMetrics({ register });
    const m = instruments(register, store);

    app.decorate('metrics', {
      pushed(results, deviceTimes) {
        for (const r of results) m.mutations.inc({ result: r.status });
        const now = Date.now();
        for (const at of deviceTimes) {
          const ms = now - Date.parse(at);
          // A device clock ahead of ours would give a negative lag; it counts as none.
          if (Number.isFinite(ms)) m.lag.observe(Math.max(0, ms / 1000));
        }
      },
      pulled(records) {
        m.pages.inc();
        m.records.inc(records);
      },
    });

    app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
      // The route pattern, never the raw URL: ids in paths would make a series per record.
      const route = request.routeOptions.url ?? 'unmatched';
      const labels = { method: request.method, route, status: String(reply.statusCode) };
      m.requests.inc(labels);
      m.latency.observe(labels, reply.elapsedTime / 1000);
      done();
    });

    app.get('/metrics', async (request, reply) => {
      if (!authorised(request, token)) {
        void reply.header('WWW-Authenticate', 'Bearer');
        throw new ApiError('unauthenticated', 401);
      }
      return reply.type(register.contentType).send(await register.metrics());
    });
    ready();
  },
);
