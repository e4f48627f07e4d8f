// The pull log (issue 16): one row per pull page served, naming every record sent, so what a
// device received is recoverable for a data protection request (DPA 2018 s.62, consultation).
//
// Why not a row in the main audit chain per page. Appending there takes the `audit` counter's row
// lock until commit (audit-log.ts), so every pull page in the force queued behind every other
// pull and push: on PostgreSQL 29 % of a page's server time. Here each user has a chain of their
// own: `user_seq` 1, 2, 3…, `prev_hash` and `hash` as in the audit log, the head in
// `pull_log_heads`. An append locks only that user's head row.
//
// Append-only and tamper-evident still hold: triggers refuse UPDATE and DELETE (migration 0008);
// changing, removing or reordering a row breaks that user's chain; and when a pull completes
// (the last page), one `pull` row in the main audit chain names the user's head seq and hash, so
// rows cut off a user's chain, or the whole chain rewritten, no longer match the force-wide chain.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import type { PullLogTable, Tables } from '#server/platform/database/tables';
import { GENESIS_HASH, writeAudit } from './audit-log';

export interface PulledPage {
  userId: string;
  deviceId: string | null;
  from: number;
  to: number;
  /** "collection/id" of every row sent, conflicts as "conflicts/id". */
  ids: readonly string[];
}

export function pullLogHash(row: Omit<PullLogTable, 'hash'>): string {
  const canonical = JSON.stringify([
    row.user_seq,
    row.id,
    row.at,
    row.user_id,
    row.device_id,
    row.from_cursor,
    row.to_cursor,
    row.records,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one page's row to the user's chain; its own short transaction. */
export async function logPulledPage(
  db: Kysely<Tables>,
  page: PulledPage,
  at = new Date().toISOString(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pull_log_heads')
      .values({ user_id: page.userId, seq: 0, hash: GENESIS_HASH, anchored_seq: 0 })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    // The UPDATE takes this user's head row lock (held to commit) and numbers the row; the hash
    // it returns is still the previous row's, since it is only replaced below.
    const head = await trx
      .updateTable('pull_log_heads')
      .set((eb) => ({ seq: eb('seq', '+', 1) }))
      .where('user_id', '=', page.userId)
      .returning(['seq', 'hash'])
      .executeTakeFirstOrThrow();
    const fields = {
      id: uuidv7(),
      user_id: page.userId,
      user_seq: head.seq,
      device_id: page.deviceId,
      at,
      from_cursor: page.from,
      to_cursor: page.to,
      records: JSON.stringify(page.ids),
      prev_hash: head.hash,
    };
    const hash = pullLogHash(fields);
    await trx
      .insertInto('pull_log')
      .values({ ...fields, hash })
      .execute();
    await trx.updateTable('pull_log_heads').set({ hash }).where('user_id', '=', page.userId).execute();
  });
}

/** A completed pull lists its records in the audit row itself when it was this small. */
const LISTED_PAGES = 5;

/**
 * Called when a pull reaches the end of the feed: one `pull` row in the main audit chain covers
 * the pages logged since the last one (usually this sync's), naming their cursor range, the count
 * and the user's pull-log head, and listing the records when there were few pages.
 */
export async function anchorPulls(
  db: Kysely<Tables>,
  userId: string,
  deviceId: string | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Lock the head first (a no-op UPDATE), so two devices finishing at once anchor each page once.
    const locked = await trx
      .updateTable('pull_log_heads')
      .set((eb) => ({ anchored_seq: eb.ref('anchored_seq') }))
      .where('user_id', '=', userId)
      .returning(['seq', 'hash', 'anchored_seq'])
      .executeTakeFirst();
    if (locked === undefined) return;
    const seq = locked.seq;
    const anchored = locked.anchored_seq;
    if (seq <= anchored) return;
    const listed = seq - anchored <= LISTED_PAGES;
    const rows = await trx
      .selectFrom('pull_log')
      .select(['from_cursor', 'to_cursor', 'records'])
      .where('user_id', '=', userId)
      .where('user_seq', '>', anchored)
      .where('user_seq', '<=', seq)
      .orderBy('user_seq')
      .execute();
    const sent = rows.flatMap((r) => JSON.parse(r.records) as string[]);
    // The ids themselves stay in pull_log once a pull is longer than LISTED_PAGES; the count is
    // always here, so the audit log can say how much was downloaded.
    const records = listed ? sent : undefined;
    await writeAudit(trx, {
      userId,
      deviceId,
      action: 'pull',
      details: {
        from: Math.min(...rows.map((r) => r.from_cursor)),
        to: Math.max(...rows.map((r) => r.to_cursor)),
        pages: rows.length,
        count: sent.length,
        pullLog: { fromSeq: anchored + 1, toSeq: seq, hash: locked.hash },
        ...(records === undefined ? {} : { records }),
      },
    });
    await trx
      .updateTable('pull_log_heads')
      .set({ anchored_seq: seq })
      .where('user_id', '=', userId)
      .execute();
  });
}
