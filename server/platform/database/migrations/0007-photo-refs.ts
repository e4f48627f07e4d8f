// Photo references (issue 13): which record refers to which photo bytes, and who wrote that
// record, filled at push. The read rule and the removal of unreferenced bytes read this table
// instead of searching records' JSON for the hash. `attachments.touched_at` is when the bytes
// were last uploaded or last stopped being referred to: the grace period before removal runs
// from it.
import { sql, type Kysely } from 'kysely';

interface RecordRow {
  collection: string;
  id: string;
  created_by: string;
  data: string;
}

function photoHashes(data: string): string[] {
  const parsed = JSON.parse(data) as { photos?: unknown };
  if (!Array.isArray(parsed.photos)) return [];
  const hashes = parsed.photos.flatMap((p: unknown) => {
    const hash = typeof p === 'object' && p !== null ? (p as { sha256?: unknown }).sha256 : undefined;
    return typeof hash === 'string' ? [hash] : [];
  });
  return [...new Set(hashes)];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('photo_refs')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('photo_refs_pk', ['collection', 'record_id', 'sha256'])
    .execute();
  await db.schema.createIndex('photo_refs_sha256').on('photo_refs').column('sha256').execute();
  await db.schema.alterTable('attachments').addColumn('touched_at', 'text').execute();
  await sql`update attachments set touched_at = created_at`.execute(db);
  // Records that carry photos today (activities) get their references now.
  const { rows } =
    await sql<RecordRow>`select collection, id, created_by, data from records where collection = 'activities'`.execute(
      db,
    );
  for (const row of rows)
    for (const hash of photoHashes(row.data))
      await sql`insert into photo_refs (collection, record_id, sha256, author_id) values (${row.collection}, ${row.id}, ${hash}, ${row.created_by})`.execute(
        db,
      );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attachments').dropColumn('touched_at').execute();
  await db.schema.dropTable('photo_refs').execute();
}
