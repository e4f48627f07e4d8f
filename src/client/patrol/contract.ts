// The capture part of the data-layer contract: logging patrol activity with photos and
// a device position, and reading my own log back.
import type { Activity, ActivityFields, PhotoRef } from '#domain/patrol/activities';
import type { ActivityTypeCode } from '#domain/patrol/activity-types';
import type { Hotspot } from '#domain/patrol/hotspots';

type Unsubscribe = () => void;

/**
 * A photo prepared on this device: resized, re-encoded as JPEG (so no EXIF or GPS survives) and
 * hashed. Its bytes are stored with the activity that refers to it, in the same transaction.
 */
export interface CapturedPhoto extends PhotoRef {
  bytes: ArrayBuffer;
}

/** What the officer chose last time, to put first next time (per user: one database each). */
export interface RecentChoices {
  /** Most recent first. */
  types: ActivityTypeCode[];
  durationMinutes: number | null;
  /** Most recent first. */
  problemIds: string[];
}

/** Thrown when someone other than its author tries to change an activity; nothing is written. */
export class ActivityNotEditableError extends Error {
  constructor() {
    super('activity_not_editable');
    this.name = 'ActivityNotEditableError';
  }
}

export interface ActivitiesRepository {
  /** Live: my own activities (not deleted), newest start first. */
  watchMine(onChange: (activities: Activity[]) => void): Unsubscribe;
  /** Live single activity; `undefined` when it is not on this device. */
  watch(id: string, onChange: (activity: Activity | undefined) => void): Unsubscribe;
  /** Live: hotspots of one day (YYYY-MM-DD), not deleted. */
  watchHotspots(day: string, onChange: (hotspots: Hotspot[]) => void): Unsubscribe;
  /** Live: the hotspots with these ids that are on this device (for names in my log). */
  watchHotspotsById(ids: readonly string[], onChange: (hotspots: Hotspot[]) => void): Unsubscribe;
  recentChoices(): Promise<RecentChoices>;
  /**
   * Writes the activity, its outbox mutation, the photos' bytes and the remembered choices in one
   * IndexedDB transaction. Throws ValidationError, StorageFullError (then nothing is stored).
   */
  create(fields: ActivityFields, photos: readonly CapturedPhoto[]): Promise<Activity>;
  /**
   * Saves the fields that differ, storing the bytes of any new photos with them. Only the author
   * may: anyone else gets ActivityNotEditableError. Throws ValidationError, StorageFullError.
   */
  update(
    id: string,
    changes: Partial<ActivityFields>,
    newPhotos: readonly CapturedPhoto[],
  ): Promise<Activity>;
}

export type PhotoState =
  | { state: 'ready'; bytes: ArrayBuffer; mime: string }
  /** Neither on this device nor obtainable: the server refused (403/404) or it is gone. */
  | { state: 'unavailable' }
  /** Not on this device and the force database cannot be reached now. */
  | { state: 'offline' };

/** Why the force database refused a photo taken here; the bytes stay on this device. */
export interface PhotoRefusal {
  sha256: string;
  code: string;
  message: string;
  at: string;
}

export interface PhotosRepository {
  /**
   * Decodes, resizes (long edge at most 1600 px) and re-encodes a chosen image as JPEG, then
   * hashes it. Nothing is stored until the activity is saved. Throws PhotoUnreadableError.
   */
  prepare(file: Blob): Promise<CapturedPhoto>;
  /** The bytes from this device, or fetched from the force database (and kept) when online. */
  load(sha256: string): Promise<PhotoState>;
  /** Live: photos of mine still waiting to upload (by hash), and those the server refused. */
  watchUploads(onChange: (uploads: { pending: string[]; refused: PhotoRefusal[] }) => void): Unsubscribe;
}

/** Thrown by `prepare` when the file cannot be read as an image. */
export class PhotoUnreadableError extends Error {
  constructor() {
    super('photo_unreadable');
    this.name = 'PhotoUnreadableError';
  }
}

export type LocateResult =
  | { ok: true; lat: number; lng: number; accuracyM: number }
  | { ok: false; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

export interface PatrolServices {
  activities: ActivitiesRepository;
  photos: PhotosRepository;
  /** The device position, once, within a time limit. Never throws. */
  locate(): Promise<LocateResult>;
}
