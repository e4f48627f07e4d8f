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
}
