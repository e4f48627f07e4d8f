// Scope exits (issue 13): when a record moves to another team (a problem moved, and every record
// of it with it), the old team's devices must be told to drop it, or they keep a copy nobody
// updates and the old team goes on reading it. One row per record and team it left, numbered
// like the feed (the move's change number), so pull serves it in order with the records.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scope_exits')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('scope_exits_pk', ['collection', 'record_id', 'version'])
    .execute();
  // Pull reads exits of the reader's teams after a cursor, as conflicts_team_version serves conflicts.
  await db.schema
    .createIndex('scope_exits_team_version')
    .on('scope_exits')
    .columns(['team_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scope_exits').execute();
}
