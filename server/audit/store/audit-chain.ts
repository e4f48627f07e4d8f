// Walking the audit hash chain (store/audit.ts): the check behind `npm run admin -- audit:verify`.
import type { Kysely } from 'kysely';
import { AUDIT_COUNTER, auditRowHash, GENESIS_HASH } from '#server/platform/store/audit-log';
import type { Tables } from '#server/platform/database/tables';
import { followLinks } from './chain-links';

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
  const state = { seq: 1, prev: GENESIS_HASH };
  for (;;) {
    const rows = await db
      .selectFrom('audit')
      .selectAll()
      .where('seq', '>=', state.seq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    const broken = followLinks(rows, state, (row) => row.seq, auditRowHash);
    // The state stops at the row that does not fit: the rows before it are intact.
    if (broken !== null) return { ok: false, rows: state.seq - 1, ...broken };
    if (rows.length < PAGE) break;
  }
  const count = state.seq - 1;
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
