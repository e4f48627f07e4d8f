// SQL for known devices (migration 0008). Only the sha256 of a device credential is stored.
import type { Kysely } from 'kysely';
import type { Tables } from '#server/platform/database/tables';

/** Whether this credential is known, unexpired, for this user. */
export async function isKnownDevice(
  db: Kysely<Tables>,
  tokenHash: string,
  userId: string,
  now: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('known_devices')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether this server ever issued the credential (to anyone), unexpired. */
export async function isIssuedDevice(db: Kysely<Tables>, tokenHash: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('known_devices')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records (or refreshes) a credential as known for a user until `expiresAt`. */
export async function saveKnownDevice(
  db: Kysely<Tables>,
  row: { tokenHash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('known_devices')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      created_at: row.now,
      last_used_at: row.now,
      expires_at: row.expiresAt,
    })
    .onConflict((oc) =>
      oc.columns(['token_hash', 'user_id']).doUpdateSet({ last_used_at: row.now, expires_at: row.expiresAt }),
    )
    .execute();
}

/** Forgets every device of a user (sign out everywhere, disabled, password reset). */
export async function deleteDevicesOfUser(db: Kysely<Tables>, userId: string): Promise<number> {
  const result = await db.deleteFrom('known_devices').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredDevices(db: Kysely<Tables>, now: string): Promise<void> {
  await db.deleteFrom('known_devices').where('expires_at', '<=', now).execute();
}
