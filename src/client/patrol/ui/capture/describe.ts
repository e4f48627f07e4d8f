// How an activity reads in lists and details.
import { type Activity } from '#domain/patrol/activities';
import { activityTypes } from '#domain/patrol/activity-types';

export function typeName(code: string): string {
  return activityTypes.find((t) => t.code === code)?.en ?? code;
}

export function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "Tuesday 3 March 2026" for a YYYY-MM-DD local date. */
export function dayHeading(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "1 h 30 min", "45 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function placeOf(activity: Activity, hotspotName: string | undefined): string {
  const parts = [activity.placeText, hotspotName === undefined ? undefined : `hotspot ${hotspotName}`];
  return parts.filter((p) => p !== undefined && p !== '').join(', ');
}
