// One force size, measured end to end: generate it into a fresh SQLite database, start the real
// server over it, then in one Chromium the floor and the app's initial sync, and from Node the
// no-change pull that every later sync starts with.
//
// The floor and the app are each run RUNS times, alternately (BENCH_SYNC_RUNS, 3 unless set), and
// the figures are the median run of each, with every run's wall time printed beside them: on this
// 2-core machine one floor run took anywhere from 5.3 to 6.5 s, so a single pair could move the
// ratio by 0.1 either way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore } from '#server/platform/database/database';
import { wireRecordJson } from '#server/sync/pull';
import { generateForce, LEAD } from './force';
import { measureAppSync } from './app-sync';
import { measureFloor } from './floor';
import type { Figures } from './measure';
import { startAppServer } from './server';

const RUNS = Math.max(1, Number(process.env.BENCH_SYNC_RUNS ?? 3));

export interface ScenarioResult {
  records: number;
  feedBytes: number;
  /** The median run of each. */
  floor: Figures;
  app: Figures & { stored: number };
  /** Every run's wall time, in the order run. */
  runs: { floorMs: number; appMs: number }[];
  noChange: { requests: number; bytes: number; medianMs: number; serverMs: number };
}

/** The run with the median wall time (the lower middle one of an even count). */
function median<T extends { ms: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

async function signInCookie(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-beatbook': '1' },
    body: JSON.stringify(LEAD),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${String(res.status)}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A device that is up to date asks once and gets an empty page: timed 20 times, median. */
async function noChangePull(baseUrl: string, cursor: number): Promise<ScenarioResult['noChange']> {
  const cookie = await signInCookie(baseUrl);
  const times: number[] = [];
  const server: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now();
    const res = await fetch(`${baseUrl}/api/sync/pull?cursor=${String(cursor)}`, { headers: { cookie } });
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - start);
    server.push(Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN));
  }
  times.sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  return { requests: 1, bytes, medianMs: times[10] ?? 0, serverMs: server[10] ?? Number.NaN };
}

export async function runScenario(browser: Browser, problems: number, seed: number): Promise<ScenarioResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'beatbook-bench-'));
  try {
    const store = openStore({ kind: 'sqlite', file: join(dataDir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    const records = await generateForce(store.db, problems, seed);
    const lead = await store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', LEAD.username)
      .executeTakeFirstOrThrow();
    const rows = await store.db.selectFrom('records').selectAll().orderBy('version').execute();
    const feedJson = `[${rows.map((r) => `{"collection":${JSON.stringify(r.collection)},"record":${wireRecordJson(r)}}`).join(',')}]`;
    await store.destroy();
    const server = await startAppServer(dataDir);
    try {
      const floors: Figures[] = [];
      const apps: (Figures & { stored: number })[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        floors.push(await measureFloor(browser, feedJson));
        apps.push(await measureAppSync(browser, server.baseUrl, lead.id, records));
      }
      const noChange = await noChangePull(server.baseUrl, records);
      return {
        records,
        feedBytes: Buffer.byteLength(feedJson),
        floor: median(floors),
        app: median(apps),
        runs: floors.map((f, i) => ({ floorMs: f.ms, appMs: apps[i]?.ms ?? Number.NaN })),
        noChange,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
