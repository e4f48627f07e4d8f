// What a failed sync means for the next one.
import { describeError } from '#domain/errors';
import { ApiError } from '#client/app/contract';
import { HttpApiError, OFFLINE_MESSAGE } from '#client/platform/api/errors';

export type SyncFailure =
  /** The server no longer accepts this session: stop until the officer signs in again. */
  | { kind: 'session-ended'; message: string }
  /** Anything else: keep the outbox, wait, try again. */
  | { kind: 'retry'; offline: boolean; message: string; retryAfterMs: number | null };

export function classifyFailure(error: unknown): SyncFailure {
  if (!(error instanceof ApiError)) {
    // A local failure (e.g. storage full); the outbox is untouched, so retrying is safe.
    return { kind: 'retry', offline: false, message: describeError('internal_error'), retryAfterMs: null };
  }
  if (error.status === 401 && (error.code === 'session_expired' || error.code === 'unauthenticated')) {
    return { kind: 'session-ended', message: describeError('session_expired') };
  }
  const retryAfterMs = error instanceof HttpApiError ? error.retryAfterMs : null;
  if (error.code === 'network_error')
    return { kind: 'retry', offline: true, message: OFFLINE_MESSAGE, retryAfterMs };
  return { kind: 'retry', offline: false, message: describeError(error.code), retryAfterMs };
}
