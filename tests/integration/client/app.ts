// The app modules these tests drive, imported in one place. Tests cannot use a `#client/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { createDeviceStore, memoryStorage, type DeviceStore } from '#client/platform/db/device';
export { openUserDb, userDbName, type BeatbookDb } from '#client/platform/db/schema';
export { commitLocalWrite } from '#client/platform/db/write';
export { createProblemsRepository } from '#client/problems/data/problems';
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
} from '#client/app/contract';
export { createSessionService } from '#client/app/workspace';
export { getWorkspace } from '#client/app/store';
export { createApiClient } from '#client/platform/api/client';
export { pullChanges } from '#client/platform/sync/engine';
export { ensureDeviceId, readCursor } from '#client/platform/db/meta';
