// Known devices (issue 13, item 4): a browser that signed in successfully holds a random device
// credential (the `bb_device` cookie); only its sha256 is stored, with the user it signed in as.
// Sign-in failures from a known device count against that device alone, so nobody else's
// guessing can lock it out of its own account (server/auth/known-devices.ts). One browser may be
// known for several officers (a shared station computer): one row per credential and user.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('known_devices')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('known_devices_pk', ['token_hash', 'user_id'])
    .execute();
  await db.schema.createIndex('known_devices_user').on('known_devices').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('known_devices').execute();
}
