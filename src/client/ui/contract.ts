// The one place the screens reach the data-layer contract (src/client/services.ts): screens see
// these interfaces and errors, never Dexie, fetch or the sync engine's internals.
export { ApiError, StorageFullError, ValidationError } from '../services';
export type {
  ConflictNotice,
  ConflictsRepository,
  NeedsAttentionItem,
  ProblemsRepository,
  SessionService,
  SyncController,
  SyncStatus,
  Unsubscribe,
  Workspace,
} from '../services';
