// The ONE place people's dates, times, numbers and durations are written: Intl in the language in
// use and in the FORCE's time zone (src/domain/dates.ts), never the device's. Calendar dates
// (YYYY-MM-DD, e.g. a due date) are shown as that date whatever the zone; instants (ISO times)
// are shown as the force's clock read them. Anything unreadable is shown as it came. A browser
// whose Intl has no Welsh gets Welsh dates from welsh-dates.ts instead (numbers need no help:
// Welsh writes them as English does).
import { DEFAULT_TIME_ZONE } from '#domain/dates';
import { currentLanguage, t } from './i18n';
import type { Language } from './languages';
import { formatWelshDate, type DateShape } from './welsh-dates';

const locales: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };
let forceTimeZone = DEFAULT_TIME_ZONE;

/** The force's time zone (Europe/London unless the force config says otherwise). */
export function setForceTimeZone(timeZone: string): void {
  forceTimeZone = timeZone;
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** Whether this browser's Intl has Welsh: Debian's Chromium has not (see welsh-dates.ts). */
function intlHasWelsh(): boolean {
  return (
    Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0 &&
    new Intl.DateTimeFormat('cy-GB').resolvedOptions().locale.startsWith('cy')
  );
}
let welshCheck: () => boolean = intlHasWelsh;
let welshFromIntl: boolean | undefined;

/** Tests only: pretend Intl has (or has not) Welsh; no argument puts back the real check. */
export function checkIntlWelshWith(check: () => boolean = intlHasWelsh): void {
  welshCheck = check;
  welshFromIntl = undefined;
}

const shapes: Record<DateShape, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  longDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
  weekdayTime: { weekday: 'short', hour: '2-digit', minute: '2-digit' },
};

function dateFormat(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const locale = locales[currentLanguage()];
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date at UTC midnight (formatted in UTC), or an instant (formatted in the force zone). */
function parse(value: string): { ms: number; timeZone: string } | null {
  if (CALENDAR_DATE.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(ms) ? null : { ms, timeZone: 'UTC' };
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : { ms, timeZone: forceTimeZone };
}

function formatWith(value: string, shape: DateShape): string {
  const parsed = parse(value);
  if (parsed === null) return value;
  if (currentLanguage() === 'cy' && !(welshFromIntl ??= welshCheck())) {
    return formatWelshDate(parsed.ms, parsed.timeZone, shape);
  }
  return dateFormat(shapes[shape], parsed.timeZone).format(parsed.ms);
}

/** "5 Dec 2026" / "5 Rhag 2026": a calendar date or the force's date of an instant. */
export function formatDate(value: string): string {
  return formatWith(value, 'date');
}

/** "Saturday, 5 December 2026" / "Dydd Sadwrn, 5 Rhagfyr 2026": a day's heading. */
export function formatLongDate(value: string): string {
  return formatWith(value, 'longDate');
}

/** "5 Dec 2026, 14:05" on the force's clock. */
export function formatDateTime(iso: string): string {
  return formatWith(iso, 'dateTime');
}

/** "14:05" on the force's clock. */
export function formatTime(iso: string): string {
  return formatWith(iso, 'time');
}

/** "Sat 14:05" / "Sad 14:05": when in the last week something happened. */
export function formatWeekdayTime(iso: string): string {
  return formatWith(iso, 'weekdayTime');
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locales[currentLanguage()], options).format(value);
}

/** "3.2 MB" under 10 MB, "1,234 MB" above. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const value =
    mb < 10
      ? formatNumber(mb, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
      : formatNumber(Math.round(mb));
  return t('format.megabytes', { value });
}

/** "1 hr 15 min", "45 min", "2 hr" / "1 awr 15 mun". */
export function formatDuration(totalMinutes: number): string {
  const rounded = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  if (hours === 0) return t('format.duration.minutes', { minutes: formatNumber(minutes) });
  if (minutes === 0) return t('format.duration.hours', { hours: formatNumber(hours) });
  return t('format.duration.hoursMinutes', { hours: formatNumber(hours), minutes: formatNumber(minutes) });
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** "Due today", "1 day overdue", "3 days overdue" for a due date on the force's `today`. */
export function formatOverdue(dueDate: string, today: string): string {
  const days = daysBetween(dueDate, today);
  return days <= 0 ? t('format.relative.dueToday') : t('format.relative.daysOverdue', { count: days });
}

/** "today", "yesterday", "tomorrow", "3 days ago", "in 3 days" for a date against `today`. */
export function formatRelativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return t('format.relative.today');
  if (days === -1) return t('format.relative.yesterday');
  if (days === 1) return t('format.relative.tomorrow');
  return days < 0
    ? t('format.relative.daysAgo', { count: -days })
    : t('format.relative.inDays', { count: days });
}
