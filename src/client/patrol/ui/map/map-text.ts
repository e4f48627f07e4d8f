// The words the map's popups and its list share, so both say the same thing.
import { activityTypes } from '#domain/patrol/activity-types';
import { minutesText } from '#client/patrol/ui/today/select';
import type { ActivityPoint } from './map-features';

export { minutesText };

const time = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' });

export function minutesLine(today: number, week: number): string {
  return `Patrolled today ${minutesText(today)} · last 7 days ${minutesText(week)}`;
}

export function typeLabel(code: string): string {
  return activityTypes.find((t) => t.code === code)?.en ?? code;
}

export function startText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}

/** Title first, then when and how long, then where and what it is linked to. */
export function activityText(point: ActivityPoint): string[] {
  const a = point.activity;
  const lines = [typeLabel(a.type), `${startText(a.startedAt)} · ${minutesText(a.durationMinutes)}`];
  if (a.placeText !== undefined && a.placeText !== '') lines.push(a.placeText);
  if (point.hotspotName !== undefined) lines.push(`Hotspot: ${point.hotspotName}`);
  if (point.problemTitle !== undefined) lines.push(`Problem: ${point.problemTitle}`);
  return lines;
}
