// Starting up (issue 13, item 6): two instances started together on an empty PostgreSQL database
// both come up (the first-admin insert no longer kills the one that loses the race), migrating a
// schema works while another schema of the same database is migrated, and SQLite files are
// created readable by the server's own user only.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '#server/organisation/admin';
import { openStore, type Store } from '#server/platform/database/database';
import { migrateToLatest } from '#server/platform/database/migrate';

const pgUrl = process.env.TEST_DATABASE_URL ?? '';
const cost = { log2N: 12 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function pgSchema(): Promise<string> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  cleanups.push(async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });
  return schema;
}

function open(target: Parameters<typeof openStore>[0]): Store {
  const store = openStore(target);
  cleanups.push(() => store.destroy());
  return store;
}

describe.runIf(pgUrl !== '')('two instances starting on one empty PostgreSQL database', () => {
  it('both migrate and both make sure of the first admin; exactly one admin exists', async () => {
    const schema = await pgSchema();
    const [a, b] = [
      open({ kind: 'postgres', url: pgUrl, schema }),
      open({ kind: 'postgres', url: pgUrl, schema }),
    ];
    await Promise.all([migrateToLatest(a.db), migrateToLatest(b.db)]);
    const made = await Promise.all(
      [a, b].map((s) => ensureFirstAdmin(s.db, 'a first admin password', cost, () => 'unused')),
    );
    expect(made.map((m) => m.created).sort()).toEqual([false, true]);
    const admins = await a.db.selectFrom('users').select('username').execute();
    expect(admins).toEqual([{ username: 'admin' }]);
  });

  it('migrates a fresh schema while another schema of the database is already migrated', async () => {
    const [first, second] = [await pgSchema(), await pgSchema()];
    await migrateToLatest(open({ kind: 'postgres', url: pgUrl, schema: first }).db);
    const later = open({ kind: 'postgres', url: pgUrl, schema: second });
    await migrateToLatest(later.db);
    expect(await later.db.selectFrom('users').select('id').execute()).toEqual([]);
  });
});

describe('SQLite database files', () => {
  it('are created readable and writable by the owner only, in a data directory only the owner can enter', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'beatbook-perms-'));
    cleanups.push(() => {
      rmSync(parent, { recursive: true, force: true });
      return Promise.resolve();
    });
    const dir = path.join(parent, 'data');
    const file = path.join(dir, 'beatbook.sqlite');
    const store = open({ kind: 'sqlite', file });
    await migrateToLatest(store.db);
    await ensureFirstAdmin(store.db, 'a first admin password', cost, () => 'unused');
    const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);
    expect(mode(dir)).toBe('700');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, '600']);
  });

  it('two connections to one new SQLite file both make sure of the first admin', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'beatbook-boot-'));
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const file = path.join(dir, 'beatbook.sqlite');
    const [a, b] = [open({ kind: 'sqlite', file }), open({ kind: 'sqlite', file })];
    await migrateToLatest(a.db);
    const made = await Promise.all(
      [a, b].map((s) => ensureFirstAdmin(s.db, 'a first admin password', cost, () => 'unused')),
    );
    expect(made.map((m) => m.created).sort()).toEqual([false, true]);
  });
});
