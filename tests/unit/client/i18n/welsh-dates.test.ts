// Where a browser's Intl has no Welsh (Debian's Chromium), format.ts writes Welsh dates itself.
// Node's Intl has Welsh, so forcing the fallback here and comparing it with Node's own Welsh, date
// by date, shows an officer gets the same words in either browser.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '#client/i18n/index';
import {
  checkIntlWelshWith,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  formatWeekdayTime,
} from '#client/i18n/format';

const formats = [formatDate, formatLongDate, formatDateTime, formatTime, formatWeekdayTime];

/** Each format of a value, with Node's Welsh Intl and with the app's own names. */
function bothWays(value: string): { intl: string[]; own: string[] } {
  checkIntlWelshWith(() => true);
  const intl = formats.map((format) => format(value));
  checkIntlWelshWith(() => false);
  const own = formats.map((format) => format(value));
  return { intl, own };
}

beforeEach(async () => {
  await setLanguage('cy');
});
afterEach(async () => {
  checkIntlWelshWith();
  await setLanguage('en');
});

describe('Welsh dates where Intl has no Welsh', () => {
  it('this Node speaks Welsh, so the comparison means something', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['cy'])).toEqual(['cy']);
    checkIntlWelshWith(() => true);
    expect(formatLongDate('2026-12-05')).toBe('Dydd Sadwrn, 5 Rhagfyr 2026');
  });

  it('writes every month and weekday as Intl does in Welsh', () => {
    const checked: string[] = [];
    // Every day of 2026 (each month, each weekday, one- and two-digit days) at 14:05 UTC.
    for (let day = 0; day < 365; day += 1) {
      const instant = new Date(Date.UTC(2026, 0, 1 + day, 14, 5)).toISOString();
      const { intl, own } = bothWays(instant);
      expect(own, instant).toEqual(intl);
      checked.push(own[1] ?? '');
    }
    const months = new Set(checked.map((long) => long.split(' ')[3]));
    expect(months.size).toBe(12);
    const { own } = bothWays('2026-12-05T14:05:00Z');
    expect(own).toEqual([
      '5 Rhag 2026',
      'Dydd Sadwrn, 5 Rhagfyr 2026',
      '5 Rhag 2026, 14:05',
      '14:05',
      'Sad, 14:05',
    ]);
  });

  it('reads the force clock across midnight and the clock changes, as Intl does', () => {
    // 23:30 UTC on 1 July is 00:30 on Thursday 2 July in London; 00:59/01:00 around each change.
    for (const instant of [
      '2026-07-01T23:30:00Z',
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T00:59:00Z',
      '2026-10-25T01:00:00Z',
      '2026-12-31T23:59:00Z',
    ]) {
      const { intl, own } = bothWays(instant);
      expect(own, instant).toEqual(intl);
    }
    expect(bothWays('2026-07-01T23:30:00Z').own[4]).toBe('Iau, 00:30');
  });

  it('matches Intl for any instant and any calendar date from 1970 to 2100', () => {
    const min = Date.UTC(1970, 0, 1);
    const max = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        const instant = new Date(ms).toISOString();
        const calendarDate = instant.slice(0, 10);
        for (const value of [instant, calendarDate]) {
          const { intl, own } = bothWays(value);
          expect(own, value).toEqual(intl);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves English, and Welsh where Intl has it, to Intl', async () => {
    checkIntlWelshWith(() => false);
    await setLanguage('en');
    expect(formatDateTime('2026-12-05T14:05:00Z')).toBe('5 Dec 2026, 14:05');
    await setLanguage('cy');
    checkIntlWelshWith(() => true);
    expect(formatDate('2026-12-05')).toBe('5 Rhag 2026');
    // Unreadable values are shown as they came, either way.
    checkIntlWelshWith(() => false);
    expect(formatDate('soon')).toBe('soon');
  });
});
