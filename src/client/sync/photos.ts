// Uploading photo bytes taken on this device (issue 4). Not built yet: photos are not captured.
import type { SyncDeps } from './engine';

export async function uploadPendingPhotos(_deps: SyncDeps): Promise<void> {
  // Nothing to upload until photo capture exists.
}
