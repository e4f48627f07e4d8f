// The pure sync modules under test, imported in one place (no `#client/*` alias exists yet).
export { backoffDelay, retryDelay, defaultBackoff, MAX_RETRY_AFTER_MS } from '#client/platform/sync/backoff';
export { buildPushRequest, settleResults } from '#client/platform/sync/push-plan';
export { classifyFailure } from '#client/platform/sync/failure';
export { HttpApiError, parseRetryAfter } from '#client/platform/api/errors';
export type { OutboxRow } from '#client/platform/db/schema';
export {
  BACKGROUND_SYNC_TAG,
  listenForSyncRequests,
  requestBackgroundSync,
  type ServiceWorkerHost,
} from '#client/platform/sync/background';
export { createSyncRunner } from '#client/platform/sync/runner';
export { openUserDb } from '#client/platform/db/schema';
export type { ApiClient } from '#client/platform/api/client';
