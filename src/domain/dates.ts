// Dates for people and for rules, in one place: the force's time zone, the local calendar date of
// an instant there, "today" on the station clock, and calendar arithmetic. "Today" is never the
// UTC date: between midnight and 1 am in summer (BST) the UTC date is still yesterday.
// Pure: Intl only.

export const DEFAULT_TIME_ZONE = 'Europe/London';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that detail anyway.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local calendar date (YYYY-MM-DD) of an instant in the time zone; undefined if unparsable. */
export function localDate(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const parts = formatterFor(timeZone).formatToParts(ms);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar date `days` after (or before, if negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  if (!DATE_PATTERN.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today's calendar date (YYYY-MM-DD) where the force works. */
export function todayInForce(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): string {
  return localDate(now.toISOString(), timeZone) ?? now.toISOString().slice(0, 10);
}
