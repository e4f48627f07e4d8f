// Conflicts join the change feed (ARCHITECTURE.md, `conflicts`): each row carries the team the
// record was in when it was written, so pull filters conflicts exactly as it filters records, and
// an index on (team_id, version) serves the feed as records_team_version does for records.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conflicts').addColumn('team_id', 'text').execute();
  // Rows written before this migration take the record's current team: the best knowledge left.
  await sql`update conflicts set team_id = (select r.team_id from records r where r.collection = conflicts.collection and r.id = conflicts.record_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('conflicts_team_version')
    .on('conflicts')
    .columns(['team_id', 'version'])
    .execute();
  await db.schema.createIndex('conflicts_version').on('conflicts').column('version').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conflicts_version').execute();
  await db.schema.dropIndex('conflicts_team_version').execute();
  await db.schema.alterTable('conflicts').dropColumn('team_id').execute();
}
