// Organisation and sign-in security: areas (districts, wards, beats) with their
// GeoJSON, the area a team covers, and the sign-in attempt counters. The counters live in the
// database, not in process memory, so several server instances behind a load balancer share
// them: an attacker cannot multiply the allowance by spreading attempts over instances.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // No foreign key: an import may name a parent that a later feature of the same file defines;
    // the import checks parents itself (services/organisation.ts).
    .addColumn('parent_id', 'text')
    .addColumn('geometry', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('teams').addColumn('area_id', 'text').execute();
  await db.schema
    .createTable('sign_in_attempts')
    // `user:<username>` or `ip:<address>`; unknown usernames are counted like known ones.
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_expires').execute();
  await db.schema.dropIndex('sessions_user').execute();
  await db.schema.dropTable('sign_in_attempts').execute();
  await db.schema.alterTable('teams').dropColumn('area_id').execute();
  await db.schema.dropTable('areas').execute();
}
