// Opens the force database: embedded SQLite by default, PostgreSQL when a URL is given. Both
// come back as the same Kysely<Tables>, so every repository is written once.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables';

export type DatabaseKind = 'sqlite' | 'postgres';

export type DatabaseTarget =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

export interface PoolStats {
  total: number;
  idle: number;
  /** Queries waiting for a connection: a pool too small for the load shows here first. */
  waiting: number;
}

export interface Store {
  db: Kysely<Tables>;
  kind: DatabaseKind;
  destroy: () => Promise<void>;
  /** PostgreSQL's connection pool, for /metrics; undefined on SQLite (one connection). */
  poolStats?: () => PoolStats;
}

// pg's own signature returns `any`; this wrapper only changes the parser for int8.
type GetTypeParser = typeof pg.types.getTypeParser;
const int8AsNumber: GetTypeParser = (...[oid, format]: Parameters<GetTypeParser>): unknown =>
  oid === pg.types.builtins.INT8
    ? (value: string) => Number(value)
    : (pg.types.getTypeParser(oid, format) as unknown);

/**
 * The database holds personal data, so only the server's own user may read it: the directory is
 * made 0700 and the file 0600 before SQLite opens it. SQLite gives its -wal and -shm files the
 * main file's permissions, so they are 0600 too.
 */
function ownerOnly(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700); // mkdir's mode is filtered by the umask
  }
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

function openSqlite(file: string): Kysely<Tables> {
  if (file !== ':memory:') ownerOnly(file);
  const database = new SQLite(file);
  // WAL lets the admin CLI write while the server holds the file open; the busy timeout makes a
  // second writer wait for the lock instead of failing at once with SQLITE_BUSY.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Kysely prepares every statement it runs; preparing was the largest single cost of a push on
 * SQLite (a profile of 2,000 mutations: 1.4 s of ~8 s in better-sqlite3's prepare). The server
 * runs the same few dozen statements over and over, so each SQL text is prepared once. Statements
 * with varying IN-lists make new texts, so the cache is emptied when it grows past a bound.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (statement === undefined) {
        if (cache.size >= 1000) cache.clear();
        statement = database.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, schema: string | undefined, poolSize: number | undefined): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize ?? 10,
    // Change numbers are bigint columns; pg returns int8 as a string by default. They stay far
    // below 2^53, so numbers are safe, and repositories then see the same types as on SQLite.
    types: { getTypeParser: int8AsNumber },
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    destroy: () => db.destroy(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export function openStore(target: DatabaseTarget): Store {
  if (target.kind === 'postgres') return openPostgres(target.url, target.schema, target.poolSize);
  const db = openSqlite(target.file);
  return { db, kind: 'sqlite', destroy: () => db.destroy() };
}
