// How an activity reads in lists and details, in the language in use.
import { type Activity } from '#domain/patrol/activities';
import { type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';

export function typeName(t: TFunction, code: string): string {
  return vocabLabel(t, 'activityType', code);
}

/** "Chelsea Road, hotspot Abbey Park": the typed place, then the linked hotspot. */
export function placeOf(t: TFunction, activity: Activity, hotspotName: string | undefined): string {
  const parts = [
    activity.placeText,
    hotspotName === undefined ? undefined : t('patrol.activity.placeHotspot', { name: hotspotName }),
  ];
  return parts.filter((p) => p !== undefined && p !== '').join(', ');
}
