// Where a pull page ends (store/feed.ts): the heads of the feed's sources, each already sorted by
// change number, are walked in feed order until the page is full. Pure, so the rule is tested
// without a database (tests/unit/server/page-end.test.ts).

/** A conflict row on the wire (two values and the names), as an estimate for the byte budget. */
export const CONFLICT_BYTES = 600;
/** A scope exit on the wire: the collection, the id, the number and `leftScope`. */
export const EXIT_BYTES = 120;

/** One source of the feed: its rows' change numbers (ascending) and each row's size in bytes. */
export interface FeedHead {
  versions: readonly number[];
  bytes: (index: number) => number;
}

/**
 * The last change number of a page: take rows from the heads in change-number order (on equal
 * numbers, the head listed first goes first) until `limit` rows are taken or `maxBytes` reached,
 * at least one row. Undefined when every head is empty.
 */
export function pageEnd(heads: readonly FeedHead[], limit: number, maxBytes: number): number | undefined {
  const at = heads.map(() => 0);
  let bytes = 0;
  let upTo: number | undefined;
  for (let taken = 0; taken < limit; taken += 1) {
    let pick = -1;
    let version = Number.POSITIVE_INFINITY;
    heads.forEach((head, h) => {
      const v = head.versions[at[h] ?? 0];
      if (v !== undefined && v < version) {
        version = v;
        pick = h;
      }
    });
    const head = heads[pick];
    if (head === undefined) break;
    const index = at[pick] ?? 0;
    bytes += head.bytes(index);
    at[pick] = index + 1;
    upTo = version;
    if (bytes >= maxBytes) break;
  }
  return upTo;
}
