// The capture form's values as typed, and turning them into activity fields. Pure, so the rules
// (what is left out when empty, how the hotspot link is recorded) are tested without a browser.
import type { Activity, ActivityFields, PhotoRef } from '#domain/patrol/activities';
import type { ActivityTypeCode } from '#domain/patrol/activity-types';
import { hotspotAt } from '#domain/patrol/geo';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { TFunction } from '#client/i18n/index';

export const DEFAULT_DURATION = 30;
export const QUICK_DURATIONS = [15, 30, 45, 60, 90, 120] as const;

export interface CapturePosition {
  lat: number;
  lng: number;
  accuracyM: number;
}

export interface CaptureValues {
  type: ActivityTypeCode | '';
  /** As a datetime-local input holds it: YYYY-MM-DDTHH:mm in the device's time zone. */
  startedAt: string;
  /** As typed; checked on save. */
  duration: string;
  placeText: string;
  notes: string;
  problemId: string;
  teamId: string;
  hotspotId: string;
  /** 'auto' while the hotspot is the one the position fell in; 'officer' once they choose. */
  hotspotLink: 'auto' | 'officer' | '';
  position: CapturePosition | null;
  /** Photos already saved with the activity (when editing). */
  photos: PhotoRef[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A Date as a datetime-local value, in the device's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyValues(now: Date, teamId: string, duration: number | null): CaptureValues {
  return {
    type: '',
    startedAt: toLocalInput(now),
    duration: String(duration ?? DEFAULT_DURATION),
    placeText: '',
    notes: '',
    problemId: '',
    teamId,
    hotspotId: '',
    hotspotLink: '',
    position: null,
    photos: [],
  };
}

export function valuesOf(activity: Activity): CaptureValues {
  return {
    type: activity.type,
    startedAt: toLocalInput(new Date(activity.startedAt)),
    duration: String(activity.durationMinutes),
    placeText: activity.placeText ?? '',
    notes: activity.notes ?? '',
    problemId: activity.problemId ?? '',
    teamId: activity.teamId,
    hotspotId: activity.hotspotId ?? '',
    hotspotLink: activity.hotspotLink ?? '',
    position:
      activity.position === undefined
        ? null
        : {
            lat: activity.position.lat,
            lng: activity.position.lng,
            accuracyM: activity.position.accuracyM ?? 0,
          },
    photos: activity.photos ?? [],
  };
}

/** Messages shown next to the fields, in the language in use. */
export type CaptureErrors = Partial<Record<keyof ActivityFields, string>>;

/** What the form's own checks found, by field: a message under patrol.capture.errors. */
export type CaptureErrorCode = 'type' | 'startedAt' | 'wholeMinutes' | 'atLeastOneMinute' | 'tooLong';
export type CaptureErrorCodes = Partial<Record<keyof ActivityFields, CaptureErrorCode>>;

/** The form's own findings in words; kept as codes so a language switch re-words them. */
export function captureErrorTexts(t: TFunction, codes: CaptureErrorCodes): CaptureErrors {
  return Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [field, t(`patrol.capture.errors.${code}`)]),
  );
}

/**
 * The fields to save, or what to say next to the fields. The schema checks everything again on
 * save; these are the checks whose plain wording depends on the form.
 */
export function toFields(
  values: CaptureValues,
  newPhotos: readonly PhotoRef[],
): { ok: true; fields: ActivityFields } | { ok: false; errors: CaptureErrorCodes } {
  const errors: CaptureErrorCodes = {};
  if (values.type === '') errors.type = 'type';
  const started = new Date(values.startedAt);
  if (values.startedAt === '' || Number.isNaN(started.getTime())) errors.startedAt = 'startedAt';
  const duration = values.duration.trim();
  const minutes = Number(duration);
  if (duration === '' || !Number.isInteger(minutes)) errors.durationMinutes = 'wholeMinutes';
  else if (minutes < 1) errors.durationMinutes = 'atLeastOneMinute';
  else if (minutes > 1440) errors.durationMinutes = 'tooLong';
  if (values.type === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  const place = values.placeText.trim();
  const photos = [
    ...values.photos,
    ...newPhotos.map(({ sha256, mime, size, width, height }) => ({ sha256, mime, size, width, height })),
  ];
  const fields: ActivityFields = {
    teamId: values.teamId,
    type: values.type,
    startedAt: started.toISOString(),
    durationMinutes: minutes,
    ...(values.position === null
      ? {}
      : {
          position: {
            lat: values.position.lat,
            lng: values.position.lng,
            accuracyM: values.position.accuracyM,
          },
        }),
    ...(place === '' ? {} : { placeText: place }),
    ...(values.notes.trim() === '' ? {} : { notes: values.notes }),
    ...(values.problemId === '' ? {} : { problemId: values.problemId }),
    ...(values.hotspotId === '' ? {} : { hotspotId: values.hotspotId }),
    ...(values.hotspotLink === '' ? {} : { hotspotLink: values.hotspotLink }),
    ...(photos.length === 0 ? {} : { photos }),
  };
  return { ok: true, fields };
}

/** Types in the order to offer them: recent choices first, then the rest in vocabulary order. */
export function orderTypes<T extends { code: string }>(types: readonly T[], recent: readonly string[]): T[] {
  const rank = (code: string) => {
    const i = recent.indexOf(code);
    return i === -1 ? recent.length : i;
  };
  return [...types].sort((a, b) => rank(a.code) - rank(b.code));
}

/**
 * The values with a device fix applied: the fix is the position, and unless the officer chose a
 * hotspot themselves, the hotspot is the one the fix falls in ('auto'), or none.
 */
export function applyFix(
  values: CaptureValues,
  fix: CapturePosition | null,
  hotspots: readonly Pick<Hotspot, 'id' | 'geometry'>[],
): CaptureValues {
  if (fix === null) return values;
  const position = { lat: fix.lat, lng: fix.lng, accuracyM: fix.accuracyM };
  if (values.hotspotLink === 'officer') return { ...values, position };
  const inside = hotspotAt(position, hotspots);
  return { ...values, position, hotspotId: inside ?? '', hotspotLink: inside === undefined ? '' : 'auto' };
}

/**
 * A new activity opened from a Today hotspot card ("Log activity here", `?hotspot=<id>`): the
 * hotspot is linked as the officer's own choice, so a position found later (or none at all, when
 * location is refused) never replaces it. An id that is not one of today's hotspots is ignored.
 */
export function withChosenHotspot(
  values: CaptureValues,
  hotspotId: string | null,
  hotspots: readonly Pick<Hotspot, 'id'>[],
): CaptureValues {
  if (hotspotId === null || !hotspots.some((h) => h.id === hotspotId)) return values;
  return { ...values, hotspotId, hotspotLink: 'officer' };
}
