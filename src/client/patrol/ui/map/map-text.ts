// The words the map's popups and its list share, so both say the same thing, in the language in use.
import { formatDuration, formatWeekdayTime } from '#client/i18n/format';
import { type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import type { ActivityPoint } from './map-features';

export function minutesLine(t: TFunction, today: number, week: number): string {
  return t('patrol.map.minutesLine', { today: formatDuration(today), week: formatDuration(week) });
}

/** Title first, then when and how long, then where and what it is linked to. */
export function activityText(t: TFunction, point: ActivityPoint): string[] {
  const a = point.activity;
  const lines = [
    vocabLabel(t, 'activityType', a.type),
    `${formatWeekdayTime(a.startedAt)} · ${formatDuration(a.durationMinutes)}`,
  ];
  if (a.placeText !== undefined && a.placeText !== '') lines.push(a.placeText);
  if (point.hotspotName !== undefined) lines.push(t('patrol.map.hotspotLine', { name: point.hotspotName }));
  if (point.problemTitle !== undefined)
    lines.push(t('patrol.map.problemLine', { title: point.problemTitle }));
  return lines;
}
