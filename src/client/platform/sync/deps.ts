// What one sync needs: the user's database, the API client and this device's id. Its own module so
// the steps the engine runs (photos, consultations) can take it without importing the engine.
import type { ApiClient } from '#client/platform/api/client';
import type { BeatbookDb } from '#client/platform/db/schema';

export interface SyncDeps {
  db: BeatbookDb;
  api: ApiClient;
  deviceId: string;
  pullLimit?: number;
  now?: () => Date;
  /** Told after each stored page of a pull that has more pages to come (sync/runner.ts). */
  onPullProgress?: (progress: PullProgress) => void;
}

/** How far a pull of several pages has got: changes stored so far, of about `total`. */
export interface PullProgress {
  received: number;
  total: number | null;
}
