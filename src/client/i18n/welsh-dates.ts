// Welsh dates without Intl's Welsh. Debian's Chromium is built against the system ICU, which has
// no Welsh locale data: there Intl.DateTimeFormat('cy-GB') quietly becomes en-US, so a Welsh
// screen would read "Dec 5, 2026, 2:05 PM". Where Intl cannot speak Welsh, format.ts writes the
// same shapes Intl writes in Welsh where it can (Node, Chrome, Firefox, Safari) from CLDR's Welsh
// names below, reading the numbers (year, month, day, hour, minute) from Intl in the right time
// zone, which every browser can do. tests/unit/client/i18n/welsh-dates.test.ts compares the two.

/** The date shapes format.ts writes. */
export type DateShape = 'date' | 'longDate' | 'dateTime' | 'time' | 'weekdayTime';

const MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;
const SHORT_MONTHS = [
  'Ion',
  'Chwef',
  'Maw',
  'Ebr',
  'Mai',
  'Meh',
  'Gorff',
  'Awst',
  'Medi',
  'Hyd',
  'Tach',
  'Rhag',
] as const;
/** Sunday first, as Date#getUTCDay counts. */
const DAYS = [
  'Dydd Sul',
  'Dydd Llun',
  'Dydd Mawrth',
  'Dydd Mercher',
  'Dydd Iau',
  'Dydd Gwener',
  'Dydd Sadwrn',
] as const;
const SHORT_DAYS = ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'] as const;

const numbers = new Map<string, Intl.DateTimeFormat>();

/** The clock and calendar numbers of an instant in a time zone (en-US: in every browser's ICU). */
function partsOf(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let format = numbers.get(timeZone);
  if (format === undefined) {
    // hourCycle h23, not hour12: false, which some engines answer with "24:05" after midnight.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    numbers.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "5 Rhag 2026", "Dydd Sadwrn, 5 Rhagfyr 2026", "5 Rhag 2026, 14:05", "14:05", "Sad, 14:05". */
export function formatWelshDate(ms: number, timeZone: string, shape: DateShape): string {
  const { year, month, day, hour, minute } = partsOf(ms, timeZone);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const time = `${pad(hour)}:${pad(minute)}`;
  const date = `${day} ${SHORT_MONTHS[month - 1] ?? ''} ${year}`;
  switch (shape) {
    case 'date':
      return date;
    case 'longDate':
      return `${DAYS[weekday] ?? ''}, ${day} ${MONTHS[month - 1] ?? ''} ${year}`;
    case 'dateTime':
      return `${date}, ${time}`;
    case 'time':
      return time;
    case 'weekdayTime':
      return `${SHORT_DAYS[weekday] ?? ''}, ${time}`;
  }
}
