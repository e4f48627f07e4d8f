// The force database under test, whichever way it runs: in this process through inject (SQLite
// or PostgreSQL, one or more app instances), or as separate server processes over real HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { addTeam, addUser } from '#server/organisation/admin';
import { loadConfig, type Config } from '#server/platform/config';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore, type DatabaseTarget, type Store } from '#server/platform/database/database';
import type { Deliver, KillDuring } from './transport';

export const PASSWORD = 'correct horse battery';

/** The officers whose devices take part. All three may read and write team north's problems. */
export const USERS = [
  { username: 'north1', role: 'officer', teamIds: ['north'] },
  { username: 'north2', role: 'officer', teamIds: ['north'] },
  { username: 'sup', role: 'supervisor', teamIds: ['north', 'south'] },
] as const;

export interface Backend {
  /** How many server instances requests may be routed to. */
  instances: number;
  deliver: Deliver;
  /** A connection of the test's own, for the checks and the reset; it survives restarts. */
  check: Store;
  /** Real server processes only: SIGKILL the instance while it handles this push, then restart it. */
  killDuring?: KillDuring;
  /** Stop one instance and start a new one over the same database. */
  restart(instance: number): Promise<void>;
  close(): Promise<void>;
}

export function testConfig(): Config {
  return {
    ...loadConfig({}),
    passwordCost: { log2N: 10 },
    signInPerMinute: 1_000_000,
    staticDir: '/nonexistent',
  };
}

export interface TestDatabase {
  target: DatabaseTarget;
  /** For server processes: a DATABASE_URL that selects the same schema. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh database: a SQLite file in a temp dir, or a new schema in TEST_DATABASE_URL. */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'beatbook-convergence-'));
    const file = path.join(dir, 'beatbook.sqlite');
    const drop = (): Promise<void> => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    };
    return { target: { kind: 'sqlite', file }, url: '', drop };
  }
  const base = process.env.TEST_DATABASE_URL ?? '';
  const schema = `convergence_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    target: { kind: 'postgres', url: base, schema, poolSize: 4 },
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

/** Migrates and adds the teams and users; the returned store is the checking connection. */
export async function prepareDatabase(target: DatabaseTarget): Promise<Store> {
  const store = openStore(target);
  await migrateToLatest(store.db);
  await addTeam(store.db, 'north', 'North Team');
  await addTeam(store.db, 'south', 'South Team');
  for (const u of USERS) {
    await addUser(
      store.db,
      { username: u.username, displayName: u.username, role: u.role, teamIds: u.teamIds, password: PASSWORD },
      testConfig().passwordCost,
    );
  }
  return store;
}

/**
 * Where the current run's audit rows start, per store. The audit log is append-only (a trigger
 * refuses deletes), so a run is told apart by its rows' chain sequence numbers instead.
 */
export const auditWatermarks = new WeakMap<Store, number>();

/**
 * Empties what one run writes, keeping teams, users and sessions (devices keep their cookies
 * across runs, so each run does not pay for a sign-in per device), and marks where its audit
 * rows begin.
 */
export async function resetSyncState(store: Store): Promise<void> {
  const last = await store.db
    .selectFrom('audit')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  auditWatermarks.set(store, last?.seq ?? 0);
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('records').execute();
    await trx.deleteFrom('processed_mutations').execute();
    await trx.deleteFrom('conflicts').execute();
    // The audit counter stays: it is the chain's sequence, and the chain goes on across runs.
    await trx.deleteFrom('counters').where('name', 'not in', ['changes', 'audit']).execute();
    await trx.updateTable('counters').set({ value: 0 }).where('name', '=', 'changes').execute();
  });
}
