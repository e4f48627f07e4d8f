// The stores of earlier versions of the device's database, as they were: an upgrade test opens one
// with plain Dexie, fills it, then opens it with the app's openUserDb. Written out on purpose, not
// read from schema.ts, which describes only the latest version.
export const STORES_V6 = {
  problems: 'id, teamId, updatedAt',
  serverRecords: 'id, collection',
  outbox: '++seq, &id, recordId',
  needsAttention: 'id, seq, recordId',
  meta: 'key',
  conflicts: 'id, recordId, version',
  actions: 'id, problemId, updatedAt',
  reviews: 'id, problemId',
  evaluations: 'id, problemId',
  nominations: 'id, problemId',
  published: 'id, problemId, problemType',
  activities: 'id, startedAt, createdBy, problemId, hotspotId',
  hotspots: 'id, date',
  photoBytes: 'sha256, pendingUpload',
  consultations: 'id, recordId',
};

/** Version 7 dropped the activities' unused `hotspotId` index. */
export const STORES_V7 = { ...STORES_V6, activities: 'id, startedAt, createdBy, problemId' };
