// Walking the audit hash chain (store/audit.ts): the check behind `npm run admin -- audit:verify`.
import type { Kysely } from 'kysely';
import { AUDIT_COUNTER, auditRowHash, GENESIS_HASH } from '#server/platform/store/audit-log';
import type { Tables } from '#server/platform/database/tables';

export type ChainReport =
  { ok: true; rows: number } | { ok: false; rows: number; seq: number; id: string | null; problem: string };

const PAGE = 1000;

/**
 * Reads the whole log in sequence order, a page at a time, and stops at the first row that does
 * not fit: a gap or repeat in the numbering (a row removed or inserted), a previous hash that is
 * not the row before's (rows reordered or one replaced), or a hash that does not match the row's
 * own fields (a row edited). Finally the count must match the counter, or rows were cut off the
 * end (the one removal the chain alone cannot see).
 */
export async function verifyAuditChain(db: Kysely<Tables>): Promise<ChainReport> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const fail = (problem: string): ChainReport => ({
        ok: false,
        rows: expectedSeq - 1,
        seq: row.seq,
        id: row.id,
        problem,
      });
      if (row.seq !== expectedSeq) return fail(`expected row ${expectedSeq} next, found row ${row.seq}`);
      if (row.prev_hash !== prev) return fail('its previous-row hash does not match the row before it');
      if (auditRowHash(row) !== row.hash) return fail('its contents do not match its hash');
      prev = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) break;
  }
  const count = expectedSeq - 1;
  const counter = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', AUDIT_COUNTER)
    .executeTakeFirst();
  const issued = counter?.value ?? 0;
  if (issued !== count) {
    return {
      ok: false,
      rows: count,
      seq: count + 1,
      id: null,
      problem: `${issued} rows were written but only ${count} remain in sequence`,
    };
  }
  return { ok: true, rows: count };
}
