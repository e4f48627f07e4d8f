// The UI modules these tests render, imported in one place. Tests cannot use a `#client/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { ApiError, StorageFullError, ValidationError } from '../../../../src/client/services';
export type {
  NeedsAttentionItem,
  ProblemsRepository,
  SessionService,
  SyncController,
  SyncStatus,
  Unsubscribe,
  Workspace,
} from '../../../../src/client/services';
export { AppProvider } from '../../../../src/client/ui/app-context';
export { AppRoutes } from '../../../../src/client/routes';
export { SyncStatusArea } from '../../../../src/client/ui/shell/SyncStatusArea';
export { syncStatusText } from '../../../../src/client/ui/shell/sync-status-text';
