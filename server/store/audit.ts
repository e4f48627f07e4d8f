// The append-only audit log (Data Protection Act 2018 s.62): every write and every read of
// personal data. Nothing in the server updates or deletes these rows.
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import { toJson } from './json';
import type { Tables } from './tables';

export interface AuditEntry {
  userId: string | null;
  deviceId?: string | null;
  action: string;
  collection?: string | null;
  recordId?: string | null;
  details?: unknown;
}

export async function writeAudit(
  db: Kysely<Tables>,
  entry: AuditEntry,
  at = new Date().toISOString(),
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      id: uuidv7(),
      at,
      user_id: entry.userId,
      device_id: entry.deviceId ?? null,
      action: entry.action,
      collection: entry.collection ?? null,
      record_id: entry.recordId ?? null,
      details: entry.details === undefined ? null : toJson(entry.details),
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Tables>,
  action?: string,
): Promise<{ action: string; userId: string | null; recordId: string | null }[]> {
  let q = db.selectFrom('audit').select(['action', 'user_id', 'record_id']).orderBy('id');
  if (action !== undefined) q = q.where('action', '=', action);
  const rows = await q.execute();
  return rows.map((r) => ({ action: r.action, userId: r.user_id, recordId: r.record_id }));
}
