// The pulled change's envelope check: what a loose object of { id, version, deleted } accepted,
// without copying the record (a whole force is 110,000 of them).
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import { pulledChangeSchema, pullResponseSchema } from '#domain/sync';

describe('pulledChangeSchema', () => {
  const id = uuidv7();
  const record = { id, version: 7, deleted: false, title: 'Bikes on the quarry path', teamId: 'north' };

  it('accepts a record with its own fields and hands back that same object', () => {
    const parsed = pulledChangeSchema.parse({ collection: 'problems', record });
    expect(parsed.record).toBe(record);
    expect(parsed.record.title).toBe('Bikes on the quarry path');
    const left = pulledChangeSchema.parse({
      collection: 'actions',
      record: { id, version: 9, deleted: true },
      leftScope: true,
    });
    expect(left.leftScope).toBe(true);
  });

  it('refuses a record without a valid id, a positive whole version or a deleted flag', () => {
    for (const bad of [
      { ...record, id: undefined },
      { ...record, id: 'not-an-id' },
      { ...record, version: 0 },
      { ...record, version: 1.5 },
      { ...record, version: '7' },
      { ...record, deleted: 'no' },
      [record],
      null,
      'record',
    ]) {
      expect(
        pulledChangeSchema.safeParse({ collection: 'problems', record: bad }).success,
        JSON.stringify(bad),
      ).toBe(false);
    }
    expect(pulledChangeSchema.safeParse({ collection: 'nonsense', record }).success).toBe(false);
  });

  it('reads a whole page, with the optional estimate', () => {
    const page = pullResponseSchema.parse({
      changes: [{ collection: 'problems', record }],
      cursor: 7,
      hasMore: true,
      estimatedTotal: 1200,
    });
    expect(page.estimatedTotal).toBe(1200);
    expect(
      pullResponseSchema.safeParse({ changes: [], cursor: 7, hasMore: false, estimatedTotal: -1 }).success,
    ).toBe(false);
  });
});
