// The patrol capture services of a workspace (issue 4). The photo pipeline and geolocation load
// on first use: open-workspace.ts is on the first screen's path, and they are only for capture.
import type { Me } from '#domain/session';
import type { ApiClient } from '../api/client';
import { createActivitiesRepository } from '../db/activities';
import { loadPhoto, watchUploads } from '../db/photos';
import type { BeatbookDb } from '../db/schema';
import type { PatrolServices } from '../patrol-services';

export function openPatrol(db: BeatbookDb, me: Me, api: ApiClient, onWrite: () => void): PatrolServices {
  return {
    activities: createActivitiesRepository(db, me, { onWrite }),
    photos: {
      prepare: async (file) => (await import('../photos/prepare')).preparePhoto(file),
      load: (sha256) => loadPhoto(db, api, sha256),
      watchUploads: (onChange) => watchUploads(db, onChange),
    },
    locate: async () => (await import('../geo/position')).locate(),
  };
}
