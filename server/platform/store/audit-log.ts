// The append-only audit log (Data Protection Act 2018 s.62): every write and every read of
// personal data. Nothing in the server updates or deletes these rows, and a database trigger
// refuses it (migrations/0005-audit-chain.ts).
//
// Each row is a link in a hash chain: it carries a gap-free sequence number, the previous row's
// hash and its own hash (sha256 over its fields and the previous hash). Changing, removing or
// reordering a row breaks every hash after it, which `npm run admin -- audit:verify` reports.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import { nextValue } from '#server/platform/database/counters';
import { toJson } from '#server/platform/database/json';
import type { AuditTable, Tables } from '#server/platform/database/tables';

export interface AuditEntry {
  userId: string | null;
  deviceId?: string | null;
  action: string;
  collection?: string | null;
  recordId?: string | null;
  details?: unknown;
}

/** The counter row that numbers the chain; locking it serialises appends (see appendLocked). */
export const AUDIT_COUNTER = 'audit';

/** The "previous hash" of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditRowFields = Omit<AuditTable, 'hash'>;

/**
 * The hash of a row: sha256 over a JSON array of its fields in a fixed order, the previous hash
 * last. An array (not an object) so the serialisation never depends on key order; `details` is
 * hashed as the stored text, so a re-serialisation that changed one byte would also show.
 */
export function auditRowHash(row: AuditRowFields): string {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.user_id,
    row.device_id,
    row.action,
    row.collection,
    row.record_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one row. Must run inside a transaction: `nextValue` takes the audit counter row's lock,
 * which is held until commit, so a second writer (another request, or another server instance on
 * the same PostgreSQL) waits here until this row is committed and then links to it. Without the
 * lock two writers could both read the same last row and fork the chain.
 *
 * Lock order: a push takes the change counter first and this one second; nothing takes them the
 * other way round, so the two locks cannot deadlock.
 */
async function appendLocked(trx: Kysely<Tables>, entry: AuditEntry, at: string, id: string): Promise<void> {
  const seq = await nextValue(trx, AUDIT_COUNTER);
  const previous =
    seq === 1
      ? undefined
      : await trx
          .selectFrom('audit')
          .select('hash')
          .where('seq', '=', seq - 1)
          .executeTakeFirst();
  // A missing previous row means the counter and the table disagree: the chain check reports it,
  // and linking to the genesis hash keeps this write from hiding that.
  const fields: AuditRowFields = {
    id,
    seq,
    at,
    user_id: entry.userId,
    device_id: entry.deviceId ?? null,
    action: entry.action,
    collection: entry.collection ?? null,
    record_id: entry.recordId ?? null,
    details: entry.details === undefined ? null : toJson(entry.details),
    prev_hash: previous?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit')
    .values({ ...fields, hash: auditRowHash(fields) })
    .execute();
}

/** Runs `work` in the caller's transaction, or in a new one when given the plain database. */
function inTransaction(db: Kysely<Tables>, work: (trx: Kysely<Tables>) => Promise<void>): Promise<void> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

export async function writeAudit(
  db: Kysely<Tables>,
  entry: AuditEntry,
  at = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, (trx) => appendLocked(trx, entry, at, uuidv7()));
}

/**
 * Appends a row under a given id unless a row with that id exists (events sent by devices, which
 * may be resent). Returns 'written', 'duplicate' (already logged for this user) or 'taken' (the
 * id belongs to another row, which is left alone). The check runs after the lock is taken, so two
 * copies of one event sent at once are logged once.
 */
export async function writeAuditOnce(
  db: Kysely<Tables>,
  id: string,
  entry: AuditEntry,
  at = new Date().toISOString(),
): Promise<'written' | 'duplicate' | 'taken'> {
  let outcome: 'written' | 'duplicate' | 'taken' = 'written';
  await inTransaction(db, async (trx) => {
    await nextValueLockOnly(trx);
    const existing = await trx
      .selectFrom('audit')
      .select(['user_id', 'action'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing !== undefined) {
      outcome = existing.user_id === entry.userId && existing.action === entry.action ? 'duplicate' : 'taken';
      return;
    }
    await appendLocked(trx, entry, at, id);
  });
  return outcome;
}

/**
 * Takes the audit counter's row lock without moving it (an UPDATE that sets the value to
 * itself), so the duplicate check in writeAuditOnce cannot race a concurrent copy.
 */
async function nextValueLockOnly(trx: Kysely<Tables>): Promise<void> {
  await trx
    .insertInto('counters')
    .values({ name: AUDIT_COUNTER, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('name', '=', AUDIT_COUNTER)
    .execute();
}

export async function listAudit(
  db: Kysely<Tables>,
  action?: string,
): Promise<{ action: string; userId: string | null; recordId: string | null }[]> {
  let q = db.selectFrom('audit').select(['action', 'user_id', 'record_id']).orderBy('seq');
  if (action !== undefined) q = q.where('action', '=', action);
  const rows = await q.execute();
  return rows.map((r) => ({ action: r.action, userId: r.user_id, recordId: r.record_id }));
}
