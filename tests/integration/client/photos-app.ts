// The patrol modules the photo tests drive, imported in one place (tests cannot use a #client
// alias yet, so this is the one file that climbs).
export { createActivitiesRepository } from '#client/patrol/data/activities';
export { loadPhoto, photosReadyToUpload, watchUploads } from '#client/patrol/data/photos';
export { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
export { uploadPendingPhotos } from '#client/platform/sync/photos';
export { HttpApiError, networkError } from '#client/platform/api/errors';
export type { ApiClient, SendPayload } from '#client/platform/api/client';
export { StorageFullError, ValidationError } from '#client/app/contract';
export type { CapturedPhoto } from '#client/patrol/contract';
