// /metrics (Prometheus, bearer token), readiness and liveness, and request ids, on every database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDownOne, migrateToLatest } from '#server/platform/database/migrate';
import { client, create, databaseNames, signIn, startServer, type TestServer } from './helper';

const TOKEN = 'metrics-token-for-tests-0123';

/** The value of one series in Prometheus text, e.g. `name{label="x"}`; 0 when absent. */
function series(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.slice(name.length + 1));
}

describe.each(databaseNames)('metrics and health on %s', (db) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(db, { metricsToken: TOKEN });
  });
  afterAll(async () => {
    await s.close();
  });

  const scrape = async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.body;
  };

  it('counts a push and a pull: mutations by result, pages, records and requests by route', async () => {
    const before = await scrape();
    const api = client(s.app, await signIn(s.app, 'north1'));
    const pushed = await api.push(create(), create());
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const page = await api.pull();
    const after = await scrape();
    const moved = (name: string) => series(after, name) - series(before, name);
    expect(moved('beatbook_sync_push_mutations_total{result="applied"}')).toBe(2);
    expect(moved('beatbook_sync_pull_pages_total')).toBe(1);
    expect(moved('beatbook_sync_pull_records_total')).toBe(page.changes.length);
    expect(page.changes.length).toBeGreaterThanOrEqual(2);
    expect(moved('beatbook_sync_lag_seconds_count')).toBe(2);
    expect(moved('beatbook_http_requests_total{method="POST",route="/api/sync/push",status="200"}')).toBe(1);
    expect(
      moved('beatbook_http_request_duration_seconds_count{method="GET",route="/api/sync/pull",status="200"}'),
    ).toBe(1);
    expect(after).toContain('nodejs_eventloop_lag_seconds');
    if (db === 'postgres') expect(after).toMatch(/beatbook_db_pool_connections\{state="total"\} [1-9]/);
  });

  it('refuses a scrape without the token or with a wrong one', async () => {
    const none = await s.app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.body).not.toContain('beatbook_');
    const wrong = await s.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('answers liveness, and readiness only with every migration applied', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await s.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await migrateDownOne(s.store.db);
    try {
      const res = await s.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: 'not_ready' } });
      expect((await s.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await migrateToLatest(s.store.db);
    }
  });

  it('keeps a well-formed X-Request-Id from the app and replaces anything else', async () => {
    const kept = await s.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'sync-0192f3a4.b7' },
    });
    expect(kept.headers['x-request-id']).toBe('sync-0192f3a4.b7');
    const forged = await s.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\n{"level":60}' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  it('are switched off: /metrics is not found', async () => {
    const s = await startServer('sqlite');
    try {
      const res = await s.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer anything' },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await s.close();
    }
  });
});
