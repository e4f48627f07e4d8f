import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '#domain/dates';
import { minutesByDay, patrolMinutesByHotspot, type DosageActivity } from '#domain/patrol/dosage';

const act = (
  hotspotId: string | undefined,
  startedAt: string,
  durationMinutes: number,
  deleted = false,
): DosageActivity => ({
  hotspotId,
  startedAt,
  durationMinutes,
  deleted,
});

describe('localDate', () => {
  it('uses the local date in Europe/London in summer time (BST, UTC+1)', () => {
    expect(localDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(localDate('2026-06-30T22:59:59Z')).toBe('2026-06-30');
    expect(localDate('2026-06-30T23:00:00Z')).toBe('2026-07-01');
  });

  it('uses UTC-equal dates in winter (GMT)', () => {
    expect(localDate('2026-01-15T23:59:59Z')).toBe('2026-01-15');
    expect(localDate('2026-01-16T00:00:00Z')).toBe('2026-01-16');
  });

  it('honours an offset in the timestamp and another time zone', () => {
    expect(localDate('2026-07-01T00:30:00+01:00')).toBe('2026-07-01');
    expect(localDate('2026-07-01T03:00:00Z', 'America/New_York')).toBe('2026-06-30');
  });

  it('is undefined for an unparsable time', () => {
    expect(localDate('not a time')).toBeUndefined();
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-01-03', -6)).toBe('2025-12-28');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26'); // the day the clocks go back
  });

  it('refuses something that is not a date', () => {
    expect(() => addDays('2026-1-3', 1)).toThrow(RangeError);
  });
});

describe('patrolMinutesByHotspot', () => {
  const today = '2026-07-10';

  it('adds today and the last seven days per hotspot', () => {
    const result = patrolMinutesByHotspot(
      [
        act('h1', '2026-07-10T09:00:00Z', 30),
        act('h1', '2026-07-10T11:00:00Z', 15),
        act('h1', '2026-07-08T09:00:00Z', 20),
        act('h2', '2026-07-05T09:00:00Z', 40),
        act(undefined, '2026-07-10T09:00:00Z', 60),
      ],
      today,
    );
    expect(Object.fromEntries(result)).toEqual({
      h1: { today: 45, last7Days: 65 },
      h2: { today: 0, last7Days: 40 },
    });
  });

  it('includes the sixth day before today and excludes the seventh (local dates)', () => {
    const result = patrolMinutesByHotspot(
      [
        // 2026-07-04 00:00 BST is 2026-07-03 23:00 UTC: the first day of the window.
        act('first', '2026-07-03T23:00:00Z', 10),
        // One second earlier is 2026-07-03 23:59:59 BST: outside.
        act('before', '2026-07-03T22:59:59Z', 10),
        // 2026-07-10 23:59:59 BST is 22:59:59 UTC: still today.
        act('last', '2026-07-10T22:59:59Z', 5),
        // 2026-07-11 00:00 BST is 2026-07-10 23:00 UTC: tomorrow, not counted.
        act('tomorrow', '2026-07-10T23:00:00Z', 5),
      ],
      today,
    );
    expect(Object.fromEntries(result)).toEqual({
      first: { today: 0, last7Days: 10 },
      last: { today: 5, last7Days: 5 },
    });
  });

  it('counts an activity at 00:30 BST on today although its UTC date is yesterday', () => {
    const result = patrolMinutesByHotspot([act('h', '2026-07-09T23:30:00Z', 25)], today);
    expect(result.get('h')).toEqual({ today: 25, last7Days: 25 });
  });

  it('counts a late-evening activity in GMT on its own date', () => {
    const result = patrolMinutesByHotspot([act('h', '2026-01-09T23:30:00Z', 25)], '2026-01-10');
    expect(result.get('h')).toEqual({ today: 0, last7Days: 25 });
  });

  it('puts the whole of a patrol that runs past midnight on the day it started', () => {
    // 23:30 BST on 9 July for two hours: all of it on the 9th, none on today (the 10th).
    const result = patrolMinutesByHotspot([act('h', '2026-07-09T22:30:00Z', 120)], today);
    expect(result.get('h')).toEqual({ today: 0, last7Days: 120 });
    expect(minutesByDay([act('h', '2026-07-09T22:30:00Z', 120)])).toEqual([
      { date: '2026-07-09', minutes: 120, count: 1 },
    ]);
  });

  it('leaves out deleted activities', () => {
    const result = patrolMinutesByHotspot(
      [act('h', '2026-07-10T09:00:00Z', 30, true), act('h', '2026-07-10T10:00:00Z', 10)],
      today,
    );
    expect(result.get('h')).toEqual({ today: 10, last7Days: 10 });
  });

  it('uses the window across the clocks going forward (last Sunday in March)', () => {
    const result = patrolMinutesByHotspot(
      [
        act('h', '2026-03-29T00:30:00Z', 10), // 00:30 GMT on the 29th
        act('h', '2026-03-29T23:30:00Z', 20), // 00:30 BST on the 30th
      ],
      '2026-03-29',
    );
    expect(result.get('h')).toEqual({ today: 10, last7Days: 10 });
  });

  it('uses another time zone when given', () => {
    const result = patrolMinutesByHotspot([act('h', '2026-07-11T02:00:00Z', 30)], today, 'America/New_York');
    expect(result.get('h')).toEqual({ today: 30, last7Days: 30 });
  });

  it('is empty with no activities', () => {
    expect(patrolMinutesByHotspot([], today).size).toBe(0);
  });
});

describe('minutesByDay', () => {
  it('totals minutes and counts per local day, newest first, without deleted ones', () => {
    expect(
      minutesByDay([
        act(undefined, '2026-07-08T09:00:00Z', 20),
        act('h', '2026-07-09T23:30:00Z', 25), // 10 July in BST
        act(undefined, '2026-07-10T09:00:00Z', 30),
        act(undefined, '2026-07-10T10:00:00Z', 99, true),
      ]),
    ).toEqual([
      { date: '2026-07-10', minutes: 55, count: 2 },
      { date: '2026-07-08', minutes: 20, count: 1 },
    ]);
  });
});
