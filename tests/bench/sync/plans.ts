// The query plans of a pull page's record read (issue 16), for the note: a generated force on
// SQLite and on PostgreSQL, the prevention lead's page and an officer's page, at the start of the
// feed and near its end. `npx tsx tests/bench/sync/plans.ts` (BENCH_PLAN_PROBLEMS, default
// 5,000 problems = 55,000 records; BENCH_DATABASE_URL for PostgreSQL). Not timed.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { DEFAULT_PULL_LIMIT } from '#domain/sync';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore, type DatabaseTarget } from '#server/platform/database/database';
import type { Tables } from '#server/platform/database/tables';
import { feedScope } from '#server/sync/access';
import { recordsAfterQuery } from '#server/sync/store/feed';
import { generateForce } from './force';

const PROBLEMS = Number(process.env.BENCH_PLAN_PROBLEMS ?? 5_000);

async function explain(db: Kysely<Tables>, postgres: boolean, label: string, cursor: number, lead: boolean) {
  const scope = feedScope(
    lead
      ? { id: 'lead', role: 'prevention_lead', teamIds: [] }
      : { id: 'pc', role: 'officer', teamIds: ['team-3'] },
  );
  const compiled = recordsAfterQuery(db, cursor, DEFAULT_PULL_LIMIT + 1, scope).compile();
  const text = postgres
    ? `explain (analyze, costs off, timing on) ${compiled.sql}`
    : `explain query plan ${compiled.sql}`;
  // The same parameters, inlined by position ($1… on PostgreSQL, ? on SQLite).
  const params = compiled.parameters;
  let n = 0;
  const inlined = postgres
    ? text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]))
    : text.replace(/\?/g, () => literal(params[n++]));
  const rows = postgres
    ? await db.transaction().execute(async (trx) => {
        await sql`set local enable_sort = off`.execute(trx);
        return (await sql.raw<Record<string, unknown>>(inlined).execute(trx)).rows;
      })
    : (await sql.raw<Record<string, unknown>>(inlined).execute(db)).rows;
  console.log(`  ${label}, cursor ${String(cursor)}:`);
  for (const row of rows) console.log(`    ${String(row['QUERY PLAN'] ?? row.detail)}`);
}

function literal(value: unknown): string {
  return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
}

async function plansOn(target: DatabaseTarget, name: string): Promise<void> {
  const store = openStore(target);
  try {
    await migrateToLatest(store.db);
    const records = await generateForce(store.db, PROBLEMS, 7);
    if (target.kind === 'postgres') await sql`analyze`.execute(store.db);
    console.log(
      `${name}, ${String(records)} records, the page read (limit ${String(DEFAULT_PULL_LIMIT + 1)}):`,
    );
    for (const lead of [true, false])
      for (const cursor of [0, records - 5_000])
        await explain(
          store.db,
          target.kind === 'postgres',
          lead ? 'prevention lead' : 'officer of one team',
          cursor,
          lead,
        );
  } finally {
    await store.destroy();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'beatbook-plans-'));
try {
  await plansOn({ kind: 'sqlite', file: join(dir, 'plans.sqlite') }, 'SQLite');
} finally {
  await rm(dir, { recursive: true, force: true });
}
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `beatbook_plans_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
try {
  await admin.query(`create database ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  await plansOn({ kind: 'postgres', url: dbUrl.toString() }, 'PostgreSQL');
} finally {
  await admin.query(`drop database if exists ${name}`);
  await admin.end();
}
