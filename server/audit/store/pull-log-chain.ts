// Walking each user's pull-log chain (platform/store/pull-log.ts), the second half of
// `npm run admin -- audit:verify`: every row a device was sent is listed there, so a row edited,
// removed or reordered would hide what a person's data went to.
//
// For each user: the rows from user_seq 1 link up as the audit log's do (chain-links.ts), the
// last one is the head `pull_log_heads` holds (rows cut off the end show here), and every `pull`
// row of the main audit chain that anchors the user's log names a row that exists with exactly
// that hash (so a whole chain rewritten, head included, no longer matches the force-wide chain,
// which audit-chain.ts checks).
import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '#server/platform/store/audit-log';
import { pullLogHash } from '#server/platform/store/pull-log';
import type { Tables } from '#server/platform/database/tables';
import { followLinks } from './chain-links';

export type PullLogReport =
  | { ok: true; users: number; rows: number }
  | { ok: false; userId: string; seq: number; id: string | null; problem: string };

const PAGE = 1000;

interface Anchor {
  seq: number;
  hash: string;
  auditSeq: number;
}

/** The pull-log heads named by `pull` rows of the main audit chain, by user. */
async function anchorsByUser(db: Kysely<Tables>): Promise<Map<string, Anchor[]>> {
  const rows = await db
    .selectFrom('audit')
    .select(['seq', 'user_id', 'details'])
    .where('action', '=', 'pull')
    .orderBy('seq')
    .execute();
  const anchors = new Map<string, Anchor[]>();
  for (const row of rows) {
    if (row.user_id === null || row.details === null) continue;
    const log = (JSON.parse(row.details) as { pullLog?: { toSeq?: unknown; hash?: unknown } }).pullLog;
    if (typeof log?.toSeq !== 'number' || typeof log.hash !== 'string') continue;
    const list = anchors.get(row.user_id) ?? [];
    list.push({ seq: log.toSeq, hash: log.hash, auditSeq: row.seq });
    anchors.set(row.user_id, list);
  }
  return anchors;
}

export async function verifyPullLogChains(db: Kysely<Tables>): Promise<PullLogReport> {
  const anchors = await anchorsByUser(db);
  const heads = await db.selectFrom('pull_log_heads').selectAll().orderBy('user_id').execute();
  let total = 0;
  for (const head of heads) {
    const userId = head.user_id;
    const state = { seq: 1, prev: GENESIS_HASH };
    const hashes = new Map<number, string>();
    for (;;) {
      const rows = await db
        .selectFrom('pull_log')
        .selectAll()
        .where('user_id', '=', userId)
        .where('user_seq', '>=', state.seq)
        .orderBy('user_seq')
        .limit(PAGE)
        .execute();
      const broken = followLinks(rows, state, (row) => row.user_seq, pullLogHash);
      if (broken !== null) return { ok: false, userId, ...broken };
      for (const row of rows) hashes.set(row.user_seq, row.hash);
      if (rows.length < PAGE) break;
    }
    const count = state.seq - 1;
    const fail = (seq: number, problem: string): PullLogReport => ({
      ok: false,
      userId,
      seq,
      id: null,
      problem,
    });
    if (count !== head.seq || (count > 0 && state.prev !== head.hash))
      return fail(count + 1, `the head says ${head.seq} rows were written but ${count} remain in sequence`);
    for (const anchor of anchors.get(userId) ?? []) {
      if (hashes.get(anchor.seq) !== anchor.hash)
        return fail(
          anchor.seq,
          `it does not match the hash that audit row ${anchor.auditSeq} recorded for it`,
        );
    }
    total += count;
  }
  // A user whose pulls were anchored in the audit log must still have a chain.
  const withHeads = new Set(heads.map((h) => h.user_id));
  for (const [userId, list] of anchors) {
    const first = list[0];
    if (!withHeads.has(userId) && first !== undefined)
      return {
        ok: false,
        userId,
        seq: first.seq,
        id: null,
        problem: 'the pull log named by the audit log is missing',
      };
  }
  return { ok: true, users: heads.length, rows: total };
}
