// The pure sync modules under test, imported in one place (no `#client/*` alias exists yet).
export {
  backoffDelay,
  retryDelay,
  defaultBackoff,
  MAX_RETRY_AFTER_MS,
} from '../../../../src/client/sync/backoff';
export { buildPushRequest, settleResults } from '../../../../src/client/sync/push-plan';
export { classifyFailure } from '../../../../src/client/sync/failure';
export { HttpApiError, parseRetryAfter } from '../../../../src/client/api/errors';
export type { OutboxRow } from '../../../../src/client/db/schema';
export {
  BACKGROUND_SYNC_TAG,
  listenForSyncRequests,
  requestBackgroundSync,
  type ServiceWorkerHost,
} from '../../../../src/client/sync/background';
export { createSyncRunner } from '../../../../src/client/sync/runner';
export { openUserDb } from '../../../../src/client/db/schema';
export type { ApiClient } from '../../../../src/client/api/client';
