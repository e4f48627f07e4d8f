// The audit log becomes a hash chain and append-only, and retention decisions get a
// table.
//
// 1. `seq`, `prev_hash` and `hash` columns; rows already written are chained here in id order
//    (UUIDv7, so time order) and the `audit` counter is set to the last number, so the next
//    writeAudit links on.
// 2. A trigger on each dialect refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL) of audit
//    rows, so not even a bug in a future route can rewrite history; the chain check catches
//    anyone who drops the trigger first.
// 3. `retention_decisions`: who decided what about a closed problem, and when it is next due.
import { sql, type Kysely } from 'kysely';
import {
  AUDIT_COUNTER,
  auditRowHash,
  GENESIS_HASH,
  type AuditRowFields,
} from '#server/platform/store/audit-log';

interface OldRow {
  id: string;
  at: string;
  user_id: string | null;
  device_id: string | null;
  action: string;
  collection: string | null;
  record_id: string | null;
  details: string | null;
}

async function isPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false;
  }
}

async function chainExisting(db: Kysely<unknown>): Promise<number> {
  const rows = (
    await sql<OldRow>`select id, at, user_id, device_id, action, collection, record_id, details from audit order by id`.execute(
      db,
    )
  ).rows;
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const row of rows) {
    seq += 1;
    const fields: AuditRowFields = { ...row, seq, prev_hash: prev };
    const hash = auditRowHash(fields);
    await sql`update audit set seq = ${seq}, prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`.execute(
      db,
    );
    prev = hash;
  }
  return seq;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = await isPostgres(db);
  await db.schema.alterTable('audit').addColumn('seq', 'bigint').execute();
  await db.schema.alterTable('audit').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit').addColumn('hash', 'text').execute();
  const last = await chainExisting(db);
  await sql`insert into counters (name, value) values (${AUDIT_COUNTER}, ${last})`.execute(db);
  await db.schema.createIndex('audit_seq').unique().on('audit').column('seq').execute();
  // The audit screen filters by record and by user, newest first.
  await db.schema.createIndex('audit_record').on('audit').columns(['record_id', 'seq']).execute();
  await db.schema.createIndex('audit_user').on('audit').columns(['user_id', 'seq']).execute();

  if (postgres) {
    await sql`create function audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit rows are append-only'; end $$`.execute(db);
    await sql`create trigger audit_no_change before update or delete on audit
      for each row execute function audit_append_only()`.execute(db);
    await sql`create trigger audit_no_truncate before truncate on audit
      for each statement execute function audit_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_no_update before update on audit
      begin select raise(abort, 'audit rows are append-only'); end`.execute(db);
    await sql`create trigger audit_no_delete before delete on audit
      begin select raise(abort, 'audit rows are append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('retention_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text')
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('next_review_date', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('retention_decisions_problem')
    .on('retention_decisions')
    .columns(['problem_id', 'decided_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = await isPostgres(db);
  await db.schema.dropTable('retention_decisions').execute();
  if (postgres) {
    await sql`drop trigger audit_no_truncate on audit`.execute(db);
    await sql`drop trigger audit_no_change on audit`.execute(db);
    await sql`drop function audit_append_only()`.execute(db);
  } else {
    await sql`drop trigger audit_no_delete`.execute(db);
    await sql`drop trigger audit_no_update`.execute(db);
  }
  await sql`delete from counters where name = ${AUDIT_COUNTER}`.execute(db);
  await db.schema.dropIndex('audit_user').execute();
  await db.schema.dropIndex('audit_record').execute();
  await db.schema.dropIndex('audit_seq').execute();
  await db.schema.alterTable('audit').dropColumn('hash').execute();
  await db.schema.alterTable('audit').dropColumn('prev_hash').execute();
  await db.schema.alterTable('audit').dropColumn('seq').execute();
}
