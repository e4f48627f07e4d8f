// The app modules these tests drive, imported in one place. Tests cannot use a `#client/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { createDeviceStore, memoryStorage, type DeviceStore } from '../../../src/client/db/device';
export { openUserDb, userDbName, type BeatbookDb } from '../../../src/client/db/schema';
export { commitLocalWrite } from '../../../src/client/db/write';
export { createProblemsRepository } from '../../../src/client/db/problems';
export {
  ApiError,
  GateBlockedError,
  NotAllowedError,
  StorageFullError,
  ValidationError,
  type ConflictNotice,
  type NeedsAttentionItem,
  type SessionService,
  type SyncStatus,
  type Unsubscribe,
  type Workspace,
} from '../../../src/client/services';
export { createSessionService } from '../../../src/client/workspace';
export { getWorkspace } from '../../../src/client/state/store';
export { createApiClient } from '../../../src/client/api/client';
export { pullChanges } from '../../../src/client/sync/engine';
export { ensureDeviceId, readCursor } from '../../../src/client/db/meta';
