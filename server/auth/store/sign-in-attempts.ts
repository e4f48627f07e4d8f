// SQL for the sign-in attempt counters (migration 0004). One row per key (`ip:<address>`,
// `user:<username>`, `at:<address>|<username>` or `device:<credential hash>`). Failures are counted with a single upsert so that two server instances
// counting the same key at once both land: neither read-modify-write can lose the other's count.
import { sql, type Kysely } from 'kysely';
import type { Tables } from '#server/platform/database/tables';

export interface AttemptRow {
  failures: number;
  windowStart: string;
  lockedUntil: string | null;
  updatedAt: string;
}

export async function findAttempts(db: Kysely<Tables>, key: string): Promise<AttemptRow | undefined> {
  const row = await db.selectFrom('sign_in_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  return (
    row && {
      failures: row.failures,
      windowStart: row.window_start,
      lockedUntil: row.locked_until,
      updatedAt: row.updated_at,
    }
  );
}

/**
 * Counts one failure and returns the count in the current window. A window that began before
 * `windowFrom` starts again at 1 (ISO times compare correctly as text).
 */
export async function countFailure(
  db: Kysely<Tables>,
  key: string,
  now: string,
  windowFrom: string,
): Promise<number> {
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ key, failures: 1, window_start: now, locked_until: null, updated_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_attempts.window_start < ${windowFrom} then 1 else sign_in_attempts.failures + 1 end`,
        window_start: sql<string>`case when sign_in_attempts.window_start < ${windowFrom} then ${now} else sign_in_attempts.window_start end`,
        updated_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Locks the key until `until` and starts its count again, so the lock's end is a fresh start. */
export async function lockKey(db: Kysely<Tables>, key: string, until: string, now: string): Promise<void> {
  await db
    .updateTable('sign_in_attempts')
    .set({ locked_until: until, failures: 0, window_start: now, updated_at: now })
    .where('key', '=', key)
    .execute();
}

export async function clearKey(db: Kysely<Tables>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}

/** Drops counters nobody has touched since `before` and that hold no running lock. */
export async function deleteStaleAttempts(db: Kysely<Tables>, before: string, now: string): Promise<void> {
  await db
    .deleteFrom('sign_in_attempts')
    .where('updated_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();
}

/** Clears `user:<username>` and every `at:<address>|<username>` (an admin's password reset). */
export async function clearKeysOf(db: Kysely<Tables>, accountKey: string, username: string): Promise<void> {
  const escaped = username.replace(/[\\%_]/g, (c) => `\\${c}`);
  await db
    .deleteFrom('sign_in_attempts')
    .where((eb) =>
      eb.or([eb('key', '=', accountKey), sql<boolean>`key like ${`at:%|${escaped}`} escape '\\'`]),
    )
    .execute();
}
