// The UI modules these tests render, imported in one place. Tests cannot use a `#client/*`
// import alias yet (package.json only maps `#domain/*`), so this is the one file that climbs.
export { ApiError, StorageFullError, ValidationError } from '#client/app/contract';
export type {
  NeedsAttentionItem,
  ProblemsRepository,
  SessionService,
  SyncController,
  SyncStatus,
  Unsubscribe,
  Workspace,
} from '#client/app/contract';
export { AppProvider } from '#client/app/app-context';
export { AppRoutes } from '#client/app/routes';
export { SyncStatusArea } from '#client/app/shell/SyncStatusArea';
export { syncStatusText } from '#client/app/shell/sync-status-text';
