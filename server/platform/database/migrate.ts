// Migrations live in code (not read from a folder at run time) so the same list runs under tsx,
// in tests, and in a bundled build, on SQLite and PostgreSQL alike.
import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial';
import * as conflictsFeed from './migrations/0002-conflicts-feed';
import * as attachments from './migrations/0003-attachments';
import * as organisation from './migrations/0004-organisation';
import * as auditChain from './migrations/0005-audit-chain';
import * as scopeExits from './migrations/0006-scope-exits';
import * as photoRefs from './migrations/0007-photo-refs';
import * as knownDevices from './migrations/0008-known-devices';
import * as pullLog from './migrations/0009-pull-log';
import type { Tables } from './tables';

const migrations: Record<string, Migration> = {
  '2026-11-28-0001-initial': initial,
  '2026-12-05-0002-conflicts-feed': conflictsFeed,
  '2026-12-12-0003-attachments': attachments,
  '2026-12-12-0004-organisation': organisation,
  '2026-12-12-0005-audit-chain': auditChain,
  '2026-12-13-0006-scope-exits': scopeExits,
  '2026-12-13-0007-photo-refs': photoRefs,
  '2026-12-14-0008-known-devices': knownDevices,
  '2026-12-20-0009-pull-log': pullLog,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * On PostgreSQL the migrator is told which schema is ours (the connection's current schema).
 * Without it, Kysely looks for its lock table in every schema of the database, finds another
 * installation's (a second force's schema, a test's) and never creates its own: the migration
 * then fails with 'relation "kysely_migration_lock" does not exist'.
 */
async function migrator(db: Kysely<Tables>): Promise<Migrator> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return new Migrator({ db, provider, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
}

async function run(kind: 'up' | 'down', db: Kysely<Tables>): Promise<void> {
  const m = await migrator(db);
  const { error, results } = kind === 'up' ? await m.migrateToLatest() : await m.migrateDown();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const reason =
      error instanceof Error ? error.message : `${failed?.migrationName ?? 'unknown migration'} failed`;
    throw new Error(`Database migration failed: ${reason}`);
  }
}

export const migrateToLatest = (db: Kysely<Tables>): Promise<void> => run('up', db);
export const migrateDownOne = (db: Kysely<Tables>): Promise<void> => run('down', db);

/** Names of migrations this code knows that the database has not run: readiness needs none. */
export async function pendingMigrations(db: Kysely<Tables>): Promise<string[]> {
  const known = await (await migrator(db)).getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
