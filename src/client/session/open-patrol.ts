// The patrol capture services of a workspace. The photo pipeline and geolocation load
// on first use: open-workspace.ts is on the first screen's path, and they are only for capture.
import type { Me } from '#domain/session';
import type { ApiClient } from '#client/platform/api/client';
import { createActivitiesRepository } from '#client/patrol/data/activities';
import { loadPhoto, watchUploads } from '#client/patrol/data/photos';
import type { BeatbookDb } from '#client/platform/db/schema';
import type { PatrolServices } from '#client/patrol/contract';

export function openPatrol(db: BeatbookDb, me: Me, api: ApiClient, onWrite: () => void): PatrolServices {
  return {
    activities: createActivitiesRepository(db, me, { onWrite }),
    photos: {
      prepare: async (file) => (await import('#client/patrol/photos/prepare')).preparePhoto(file),
      load: (sha256) => loadPhoto(db, api, sha256),
      watchUploads: (onChange) => watchUploads(db, onChange),
    },
    locate: async () => (await import('#client/patrol/data/position')).locate(),
  };
}
