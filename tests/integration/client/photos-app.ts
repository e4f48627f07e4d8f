// The patrol modules the photo tests drive, imported in one place (tests cannot use a #client
// alias yet, so this is the one file that climbs).
export { createActivitiesRepository } from '../../../src/client/db/activities';
export { loadPhoto, photosReadyToUpload, watchUploads } from '../../../src/client/db/photos';
export { openUserDb, type BeatbookDb } from '../../../src/client/db/schema';
export { uploadPendingPhotos } from '../../../src/client/sync/photos';
export { HttpApiError, networkError } from '../../../src/client/api/errors';
export type { ApiClient, SendPayload } from '../../../src/client/api/client';
export { StorageFullError, ValidationError } from '../../../src/client/services';
export type { CapturedPhoto } from '../../../src/client/patrol-services';
