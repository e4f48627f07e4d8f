import { describe, expect, it } from 'vitest';
import { UUID_PATTERN, uuidv7 } from '#domain/ids';
import { z } from 'zod';

describe('uuidv7', () => {
  it('makes RFC 9562 version-7 ids that zod accepts', () => {
    const id = uuidv7();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('encodes the time so ids sort by creation time', () => {
    const earlier = uuidv7(Date.UTC(2040, 0, 1));
    const later = uuidv7(Date.UTC(2040, 0, 2));
    expect(earlier < later).toBe(true);
    expect(parseInt(later.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2040, 0, 2));
  });

  it('stays in creation order within one millisecond (outbox order depends on it)', () => {
    const now = Date.UTC(2041, 5, 1);
    const ids = Array.from({ length: 50 }, () => uuidv7(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });
});

describe('uuidv7 when the device clock steps back', () => {
  it('keeps ids increasing rather than going back in time', () => {
    const first = uuidv7(Date.UTC(2042, 0, 2));
    const afterStepBack = uuidv7(Date.UTC(2042, 0, 1));
    expect(afterStepBack > first).toBe(true);
  });
});
