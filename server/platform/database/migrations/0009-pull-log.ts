// Pull auditing without the force-wide audit lock (issue 16). Each pull page is logged in
// `pull_log`: who, which device, when, the cursor range served and the ids sent, so every record
// a device received stays recoverable for a data protection request. Rows are chained per user
// (`user_seq`, `prev_hash`, `hash`), with the head in `pull_log_heads`: an append locks only that
// user's head row, so one officer's download never queues another's pull or any push behind it.
// The same triggers as `audit` refuse UPDATE and DELETE; each completed pull also writes one row
// to the main audit chain that names the user's pull-log head (seq and hash), anchoring the
// per-user chain in the force-wide one (server/platform/store/pull-log.ts).
import { sql, type Kysely } from 'kysely';

async function isPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pull_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_seq', 'bigint', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_cursor', 'bigint', (c) => c.notNull())
    .addColumn('to_cursor', 'bigint', (c) => c.notNull())
    .addColumn('records', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pull_log_user_seq')
    .unique()
    .on('pull_log')
    .columns(['user_id', 'user_seq'])
    .execute();
  await db.schema
    .createTable('pull_log_heads')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('anchored_seq', 'bigint', (c) => c.notNull())
    .execute();
  if (await isPostgres(db)) {
    await sql`create trigger pull_log_no_change before update or delete on pull_log
      for each row execute function audit_append_only()`.execute(db);
    await sql`create trigger pull_log_no_truncate before truncate on pull_log
      for each statement execute function audit_append_only()`.execute(db);
  } else {
    await sql`create trigger pull_log_no_update before update on pull_log
      begin select raise(abort, 'pull log rows are append-only'); end`.execute(db);
    await sql`create trigger pull_log_no_delete before delete on pull_log
      begin select raise(abort, 'pull log rows are append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pull_log_heads').execute();
  await db.schema.dropTable('pull_log').execute();
}
