// Uploading photo bytes taken on this device, after the push so that the records that
// refer to them are already on the force database (ARCHITECTURE.md, Attachments).
//
// Each photo's outcome: uploaded, or an idempotent repeat of one the server already holds ->
// no longer pending. A network failure or a 5xx/429 -> still pending, tried again next sync (the
// rest wait too: the connection is the likely cause). A 401 ends the sync like any other call.
// Any other refusal (hash mismatch, too large, wrong type, metadata left, forbidden) will not
// change on a retry: the bytes are kept, the refusal is recorded and shown on the activity, and
// uploads stop retrying it. Nothing is ever dropped silently.
import { getAttachmentErrorKind } from './photo-errors';
import { putAttachment } from '#client/patrol/data/attachments-api';
import { markUploaded, photosReadyToUpload, recordRefusal } from '#client/patrol/data/photos';
import type { SyncDeps } from './deps';

export async function uploadPendingPhotos({ db, api, now = () => new Date() }: SyncDeps): Promise<void> {
  for (const photo of await photosReadyToUpload(db)) {
    try {
      await putAttachment(api, photo.sha256, photo.bytes, photo.mime);
      await markUploaded(db, photo.sha256);
    } catch (error) {
      const kind = getAttachmentErrorKind(error);
      if (kind.kind === 'session' || kind.kind === 'unknown') throw error;
      if (kind.kind === 'already-held') {
        await markUploaded(db, photo.sha256);
        continue;
      }
      if (kind.kind === 'retry-later') return;
      await recordRefusal(db, {
        sha256: photo.sha256,
        code: kind.code,
        reason: kind.reason,
        at: now().toISOString(),
      });
    }
  }
}
