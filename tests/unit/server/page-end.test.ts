// Where a pull page ends: the feed's sources merged in change-number order, cut by rows or bytes.
import { describe, expect, it } from 'vitest';
import { pageEnd, type FeedHead } from '#server/sync/store/page-end';

const head = (versions: number[], bytes = 1): FeedHead => ({ versions, bytes: () => bytes });

describe('pageEnd', () => {
  it('is undefined when every source is empty', () => {
    expect(pageEnd([head([]), head([]), head([])], 10, 1000)).toBeUndefined();
  });

  it('takes `limit` rows across the sources in change-number order', () => {
    // exits 3, 8; records 1, 2, 4, 9; conflicts 4, 4, 5
    const heads = [head([3, 8]), head([1, 2, 4, 9]), head([4, 4, 5])];
    expect(pageEnd(heads, 1, 1000)).toBe(1);
    expect(pageEnd(heads, 3, 1000)).toBe(3);
    // The 5th row is a conflict at 4 (the record at 4 goes first): the page ends at 4, and the
    // feed reads every row numbered 4, so the second conflict at 4 is not split off.
    expect(pageEnd(heads, 5, 1000)).toBe(4);
    expect(pageEnd(heads, 7, 1000)).toBe(5);
    expect(pageEnd(heads, 100, 1000)).toBe(9);
  });

  it('ends once the bytes reach the budget, with at least one row', () => {
    const records: FeedHead = { versions: [1, 2, 3, 4], bytes: (i) => [400, 400, 400, 400][i] ?? 0 };
    expect(pageEnd([head([]), records, head([])], 100, 1000)).toBe(3);
    expect(pageEnd([head([]), records, head([])], 100, 10)).toBe(1);
  });

  it('counts a scope exit before a record of the same number', () => {
    const exits = head([5], 1);
    const records = head([5, 6], 1000);
    // The exit (1 byte) alone does not fill 500 bytes; the record at 5 does, so the page ends at 5.
    expect(pageEnd([exits, records, head([])], 100, 500)).toBe(5);
  });
});
