// Photo bytes by content hash (ARCHITECTURE.md "Attachments"). The bytes live in the
// database, not on disk, so a PostgreSQL deployment with several server instances needs no shared
// folder and a backup of the database is a backup of the photos.
//
// `attachment_uploaders` records every user who sent the bytes: the uploader may read them back
// before any record refers to them (a device retrying after a lost reply), and two officers who
// upload the same photo must each keep that right.
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
  // BLOB on SQLite, bytea on PostgreSQL: both hand Node a Buffer and take one.
  const bytesType = (await isPostgres(db)) ? 'bytea' : 'blob';
  await db.schema
    .createTable('attachments')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('bytes', bytesType, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('attachment_uploaders')
    .addColumn('sha256', 'text', (c) => c.notNull().references('attachments.sha256').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_uploaders_pk', ['sha256', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachment_uploaders').execute();
  await db.schema.dropTable('attachments').execute();
}
