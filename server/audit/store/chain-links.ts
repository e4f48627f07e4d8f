// One step of walking a hash chain, shared by the audit log (audit-chain.ts) and each user's pull
// log (pull-log-chain.ts): the rows of a page must continue the numbering without a gap or
// repeat, each must name the row before it as its previous hash, and each hash must match the
// row's own fields.

export interface ChainState {
  /** The sequence number the next row must carry. */
  seq: number;
  /** The hash the next row must name as its previous one. */
  prev: string;
}

export type LinkFailure = { seq: number; id: string; problem: string };

/** Advances `state` over `rows` (in sequence order); the first row that does not fit is returned. */
export function followLinks<Row extends { id: string; prev_hash: string; hash: string }>(
  rows: readonly Row[],
  state: ChainState,
  seqOf: (row: Row) => number,
  hashOf: (row: Row) => string,
): LinkFailure | null {
  for (const row of rows) {
    const seq = seqOf(row);
    const fail = (problem: string): LinkFailure => ({ seq, id: row.id, problem });
    if (seq !== state.seq) return fail(`expected row ${state.seq} next, found row ${seq}`);
    if (row.prev_hash !== state.prev) return fail('its previous-row hash does not match the row before it');
    if (hashOf(row) !== row.hash) return fail('its contents do not match its hash');
    state.prev = row.hash;
    state.seq += 1;
  }
  return null;
}
