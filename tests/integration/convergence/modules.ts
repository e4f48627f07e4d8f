// The app and server modules the convergence suite drives, imported in one place. Tests cannot use
// `#client/*` or `#server/*` aliases yet (package.json only maps `#domain/*`), so this file climbs.
export { createApiClient } from '#client/platform/api/client';
export { createDeviceStore, memoryStorage } from '#client/platform/db/device';
export { openUserDb, userDbName, type BeatbookDb } from '#client/platform/db/schema';
export { commitLocalWrite } from '#client/platform/db/write';
export type { Workspace } from '#client/app/contract';
export { createSessionService } from '#client/app/workspace';

export { buildApp } from '#server/platform/app';
export { loadConfig, type Config } from '#server/platform/config';
export { addTeam, addUser } from '#server/organisation/admin';
export { toWireRecord } from '#server/sync/pull';
export { openStore, type DatabaseTarget, type Store } from '#server/platform/database/database';
export { migrateToLatest } from '#server/platform/database/migrate';
export { changesAfter, type StoredRecord } from '#server/platform/store/records';
