// Push throughput through the real HTTP API (issue 16): the real app listening on a port, an
// officer signed in, and requests of 200 new patrol activities each (the most a request takes),
// on SQLite and on PostgreSQL (a database of its own, made and dropped here).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { uuidv7 } from '#domain/ids';
import { MAX_PUSH_MUTATIONS, type Mutation } from '#domain/sync';
import { addTeam, addUser } from '#server/organisation/admin';
import { buildApp } from '#server/platform/app';
import { loadConfig } from '#server/platform/config';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore, type DatabaseTarget } from '#server/platform/database/database';

const MUTATIONS = Number(process.env.BENCH_PUSH_MUTATIONS ?? 10_000);
const HEADERS = { 'content-type': 'application/json', 'x-beatbook': '1' };

function activity(n: number): Mutation {
  const at = new Date(Date.UTC(2026, 5, 1, 9) + n * 60_000).toISOString();
  return {
    id: uuidv7(),
    collection: 'activities',
    recordId: uuidv7(),
    op: 'put',
    changes: {
      teamId: 'north',
      type: 'patrol',
      startedAt: at,
      durationMinutes: 30,
      notes: `Patrol ${String(n)} of the market square and the alley behind the shops.`,
    },
    baseVersion: null,
    at,
  };
}

async function measure(target: DatabaseTarget): Promise<number> {
  const store = openStore(target);
  await migrateToLatest(store.db);
  await addTeam(store.db, 'north', 'North');
  await addUser(
    store.db,
    {
      username: 'pc1',
      displayName: 'PC One',
      role: 'officer',
      teamIds: ['north'],
      password: 'bench-officer-pw',
    },
    { log2N: 10 },
  );
  const app = await buildApp({
    config: { ...loadConfig({}), signInPerMinute: 1000 },
    store,
    staticDir: null,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const session = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ username: 'pc1', password: 'bench-officer-pw' }),
    });
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const deviceId = uuidv7();
    const batches: Mutation[][] = [];
    for (let i = 0; i < MUTATIONS; i += MAX_PUSH_MUTATIONS)
      batches.push(
        Array.from({ length: Math.min(MAX_PUSH_MUTATIONS, MUTATIONS - i) }, (_, k) => activity(i + k)),
      );
    const start = performance.now();
    for (const mutations of batches) {
      const res = await fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: { ...HEADERS, cookie },
        body: JSON.stringify({ deviceId, mutations }),
      });
      const body = (await res.json()) as { results: { status: string }[] };
      if (!res.ok || body.results.some((r) => r.status !== 'applied'))
        throw new Error(`push failed: ${JSON.stringify(body).slice(0, 300)}`);
    }
    return MUTATIONS / ((performance.now() - start) / 1000);
  } finally {
    await app.close();
    await store.destroy();
  }
}

export async function benchPush(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'beatbook-bench-push-'));
  try {
    const rate = await measure({ kind: 'sqlite', file: join(dir, 'beatbook.sqlite') });
    console.log(
      `Push, SQLite:     ${rate.toFixed(0)} mutations/s (${String(MUTATIONS)} new activities, ${String(MAX_PUSH_MUTATIONS)} a request; target ≥ 5,000)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `beatbook_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    console.log(`Push, PostgreSQL: not measured (no server at ${url}; set BENCH_DATABASE_URL)`);
    return;
  }
  try {
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const rate = await measure({ kind: 'postgres', url: dbUrl.toString() });
    console.log(`Push, PostgreSQL: ${rate.toFixed(0)} mutations/s (same load; target ≥ 2,000)`);
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}
