// Builds a real app over a real, fresh database for each test file: SQLite in a temp dir always,
// and PostgreSQL (its own random schema, dropped afterwards) when TEST_DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { uuidv7 } from '#domain/ids';
import type { Mutation, PullResponse, PushResponse } from '#domain/sync';
import { addTeam, addUser } from '#server/organisation/admin';
import { buildApp } from '#server/platform/app';
import { loadConfig, type Config } from '#server/platform/config';
import { migrateToLatest } from '#server/platform/database/migrate';
import { openStore, type Store } from '#server/platform/database/database';

export type DatabaseName = 'sqlite' | 'postgres';
const pgUrl = process.env.TEST_DATABASE_URL;
export const databaseNames: DatabaseName[] =
  pgUrl !== undefined && pgUrl !== '' ? ['sqlite', 'postgres'] : ['sqlite'];

export const PASSWORD = 'correct horse battery';

/** A lower scrypt cost keeps the suite fast; the default (2^15) is tested in unit tests. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    passwordCost: { log2N: 10 },
    signInPerMinute: 1000,
    staticDir: '/nonexistent',
    ...overrides,
  };
}

export async function openTestStore(
  name: DatabaseName,
): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (name === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'beatbook-test-'));
    const store = openStore({ kind: 'sqlite', file: path.join(dir, 'beatbook.sqlite') });
    await migrateToLatest(store.db);
    return {
      store,
      cleanup: async () => {
        await store.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = pgUrl ?? '';
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const store = openStore({ kind: 'postgres', url, schema });
  await migrateToLatest(store.db);
  return {
    store,
    cleanup: async () => {
      await store.destroy();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  config: Config;
  close: () => Promise<void>;
}

/** Teams north and south; users for each role. Passwords are all PASSWORD. */
export async function startServer(
  name: DatabaseName,
  overrides: Partial<Config> = {},
  staticDir: string | null = null,
): Promise<TestServer> {
  const { store, cleanup } = await openTestStore(name);
  const config = testConfig(overrides);
  await addTeam(store.db, 'north', 'North Team');
  await addTeam(store.db, 'south', 'South Team');
  const users: [string, string, string[]][] = [
    ['north1', 'officer', ['north']],
    ['north2', 'officer', ['north']],
    ['south1', 'officer', ['south']],
    ['sup', 'supervisor', ['north', 'south']],
    ['lead', 'prevention_lead', []],
    ['admin', 'admin', []],
  ];
  for (const [username, role, teamIds] of users) {
    await addUser(
      store.db,
      { username, displayName: username, role, teamIds, password: PASSWORD },
      config.passwordCost,
    );
  }
  const app = await buildApp({ config, store, staticDir });
  return {
    app,
    store,
    config,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

export const HEADERS = { 'x-beatbook': '1' };

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'bb_session');
  if (cookie === undefined) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `bb_session=${cookie.value}`;
}

export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<string> {
  return sessionCookie(
    await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: HEADERS,
      payload: { username, password },
    }),
  );
}

/** A signed-in client with push and pull, like the app's sync engine. */
export function client(app: FastifyInstance, cookie: string, deviceId = uuidv7()) {
  return {
    async pushRaw(mutations: Mutation[]) {
      return app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...HEADERS, cookie },
        payload: { deviceId, mutations },
      });
    },
    async push(...mutations: Mutation[]): Promise<PushResponse> {
      const res = await this.pushRaw(mutations);
      if (res.statusCode !== 200) throw new Error(`push failed ${res.statusCode}: ${res.body}`);
      return res.json<PushResponse>();
    },
    async pull(cursor = 0, limit?: number): Promise<PullResponse> {
      const query = limit === undefined ? `cursor=${cursor}` : `cursor=${cursor}&limit=${limit}`;
      const res = await app.inject({ method: 'GET', url: `/api/sync/pull?${query}`, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`pull failed ${res.statusCode}: ${res.body}`);
      return res.json<PullResponse>();
    },
  };
}

export function problemFields(teamId = 'north', title = 'Youths gathering by the shops') {
  return {
    teamId,
    title,
    problemType: 'asb_youth',
    description: 'Evenings, Fri-Sat.',
    locationText: 'Market Street',
    status: 'scanning',
  };
}

export function create(
  recordId = uuidv7(),
  changes: Record<string, unknown> = problemFields(),
  at = '2026-03-01T10:00:00.000Z',
): Mutation {
  return { id: uuidv7(), collection: 'problems', recordId, op: 'put', changes, baseVersion: null, at };
}

export function edit(
  recordId: string,
  baseVersion: number | null,
  changes: Record<string, unknown>,
  at = '2026-03-02T10:00:00.000Z',
): Mutation {
  return { id: uuidv7(), collection: 'problems', recordId, op: 'put', changes, baseVersion, at };
}
