// The app and server modules the convergence suite drives, imported in one place. Tests cannot use
// `#client/*` or `#server/*` aliases yet (package.json only maps `#domain/*`), so this file climbs.
export { createApiClient } from '../../../src/client/api/client';
export { createDeviceStore, memoryStorage } from '../../../src/client/db/device';
export { openUserDb, userDbName, type BeatbookDb } from '../../../src/client/db/schema';
export { commitLocalWrite } from '../../../src/client/db/write';
export type { Workspace } from '../../../src/client/services';
export { createSessionService } from '../../../src/client/workspace';

export { buildApp } from '../../../server/app';
export { loadConfig, type Config } from '../../../server/config';
export { addTeam, addUser } from '../../../server/services/admin';
export { toWireRecord } from '../../../server/services/pull';
export { openStore, type DatabaseTarget, type Store } from '../../../server/store/database';
export { migrateToLatest } from '../../../server/store/migrate';
export { changesAfter, type StoredRecord } from '../../../server/store/records';
