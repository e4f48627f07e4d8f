import { describe, expect, it } from 'vitest';
import { addDays, localDate, todayInForce } from '#domain/dates';

describe('today in the force time zone', () => {
  it('is the station-clock date between midnight and 1 am in summer, not the UTC date', () => {
    // 00:30 BST on 2 July is 23:30 UTC on 1 July.
    expect(todayInForce(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(new Date('2026-07-01T23:30:00Z').toISOString().slice(0, 10)).toBe('2026-07-01');
  });

  it('matches the UTC date in winter (GMT)', () => {
    expect(todayInForce(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05');
    expect(todayInForce(new Date('2026-12-06T00:10:00Z'))).toBe('2026-12-06');
  });

  it('follows another time zone when given one', () => {
    expect(todayInForce(new Date('2026-07-01T23:30:00Z'), 'UTC')).toBe('2026-07-01');
  });

  it('reads local dates and adds calendar days across a month end', () => {
    expect(localDate('2026-03-29T00:30:00Z')).toBe('2026-03-29'); // still GMT: BST starts at 01:00 UTC
    expect(localDate('not a date')).toBeUndefined();
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});
