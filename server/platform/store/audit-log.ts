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
import { nextValues } from '#server/platform/database/counters';
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
 * Appends one row. Must run inside a transaction: `nextValues` takes the audit counter row's lock,
 * which is held until commit, so a second writer (another request, or another server instance on
 * the same PostgreSQL) waits here until this row is committed and then links to it. Without the
 * lock two writers could both read the same last row and fork the chain.
 *
 * Lock order: a push takes the change counter first and this one second; nothing takes them the
 * other way round, so the two locks cannot deadlock.
 */
async function appendLocked(trx: Kysely<Tables>, entry: AuditEntry, at: string, id: string): Promise<void> {
  await appendManyLocked(trx, [{ entry, at, id }]);
}

interface Append {
  entry: AuditEntry;
  at: string;
  id: string;
}

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Appends rows in the order given under one lock: their sequence numbers are taken as one block,
 * the previous row's hash is read once, and each row's hash links to the one before it in
 * memory, exactly as appending them one by one would.
 */
async function appendManyLocked(trx: Kysely<Tables>, appends: readonly Append[]): Promise<void> {
  if (appends.length === 0) return;
  const first = await nextValues(trx, AUDIT_COUNTER, appends.length);
  const previous =
    first === 1
      ? undefined
      : await trx
          .selectFrom('audit')
          .select('hash')
          .where('seq', '=', first - 1)
          .executeTakeFirst();
  // A missing previous row means the counter and the table disagree: the chain check reports it,
  // and linking to the genesis hash keeps this write from hiding that.
  let prevHash = previous?.hash ?? GENESIS_HASH;
  const rows = appends.map(({ entry, at, id }, i) => {
    const fields: AuditRowFields = {
      id,
      seq: first + i,
      at,
      user_id: entry.userId,
      device_id: entry.deviceId ?? null,
      action: entry.action,
      collection: entry.collection ?? null,
      record_id: entry.recordId ?? null,
      details: entry.details === undefined ? null : toJson(entry.details),
      prev_hash: prevHash,
    };
    prevHash = auditRowHash(fields);
    return { ...fields, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('audit')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
}

/** Runs `work` in the caller's transaction, or in a new one when given the plain database. */
function inTransaction(db: Kysely<Tables>, work: (trx: Kysely<Tables>) => Promise<void>): Promise<void> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Appends several rows in one go, in the order given (a push batch's audit rows). */
export async function writeAuditMany(
  db: Kysely<Tables>,
  entries: readonly { entry: AuditEntry; at: string }[],
): Promise<void> {
  await inTransaction(db, (trx) =>
    appendManyLocked(
      trx,
      entries.map((e) => ({ ...e, id: uuidv7() })),
    ),
  );
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
