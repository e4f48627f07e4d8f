// Patrol dosage: minutes of activity per hotspot today and over the last seven days, and an
// officer's minutes per day. Pure; dates are local calendar dates in the force's time
// zone, because "today" on a briefing means the day on the station clock, not in UTC (an
// activity at 00:30 BST on 1 July belongs to 1 July although it is 23:30 UTC on 30 June).
//
// An activity counts wholly on the local date it started, even if it runs past midnight:
// splitting it would make a night patrol's total depend on the hour it ended, and the briefing
// asks "how much attention did this place get that day", which the start date answers.
import { addDays, DEFAULT_TIME_ZONE, localDate } from '#domain/dates';

export interface DosageActivity {
  hotspotId?: string | undefined;
  startedAt: string;
  durationMinutes: number;
  deleted?: boolean;
}

export interface HotspotDosage {
  today: number;
  last7Days: number;
}

function counts(activity: DosageActivity): boolean {
  return (
    activity.deleted !== true && Number.isFinite(activity.durationMinutes) && activity.durationMinutes > 0
  );
}

/**
 * Minutes per hotspot for `today` and for the seven local days ending with it (today and the six
 * before). Activities without a hotspot, deleted ones, and ones dated after today are left out.
 * Hotspots with no minutes in the window do not appear in the map.
 */
export function patrolMinutesByHotspot(
  activities: readonly DosageActivity[],
  today: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Map<string, HotspotDosage> {
  const firstDay = addDays(today, -6);
  const result = new Map<string, HotspotDosage>();
  for (const activity of activities) {
    if (activity.hotspotId === undefined || !counts(activity)) continue;
    const day = localDate(activity.startedAt, timeZone);
    // YYYY-MM-DD strings compare in calendar order.
    if (day === undefined || day < firstDay || day > today) continue;
    const totals = result.get(activity.hotspotId) ?? { today: 0, last7Days: 0 };
    totals.last7Days += activity.durationMinutes;
    if (day === today) totals.today += activity.durationMinutes;
    result.set(activity.hotspotId, totals);
  }
  return result;
}

export interface DayTotal {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  minutes: number;
  count: number;
}

/** Total minutes and number of activities per local day, newest day first ("my activity"). */
export function minutesByDay(
  activities: readonly DosageActivity[],
  timeZone: string = DEFAULT_TIME_ZONE,
): DayTotal[] {
  const byDay = new Map<string, DayTotal>();
  for (const activity of activities) {
    if (!counts(activity)) continue;
    const date = localDate(activity.startedAt, timeZone);
    if (date === undefined) continue;
    const total = byDay.get(date) ?? { date, minutes: 0, count: 0 };
    total.minutes += activity.durationMinutes;
    total.count += 1;
    byDay.set(date, total);
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
