// What a failed sync means for the next one. A failure is kept as its catalogue code (never as
// words): the status area and the sign-out dialog word it with `errorText(t, code)` when they
// show it, so it reads in the language in use then.
import type { ErrorCode } from '#domain/errors';
import { ApiError } from '#client/app/contract';
import { HttpApiError } from '#client/platform/api/errors';

export type SyncErrorCode = ErrorCode | 'network_error';

export type SyncFailure =
  /** The server no longer accepts this session: stop until the officer signs in again. */
  | { kind: 'session-ended'; code: SyncErrorCode }
  /** Anything else: keep the outbox, wait, try again. */
  | { kind: 'retry'; offline: boolean; code: SyncErrorCode; retryAfterMs: number | null };

export function classifyFailure(error: unknown): SyncFailure {
  if (!(error instanceof ApiError)) {
    // A local failure (e.g. storage full); the outbox is untouched, so retrying is safe.
    return { kind: 'retry', offline: false, code: 'internal_error', retryAfterMs: null };
  }
  if (error.status === 401 && (error.code === 'session_expired' || error.code === 'unauthenticated')) {
    return { kind: 'session-ended', code: 'session_expired' };
  }
  const retryAfterMs = error instanceof HttpApiError ? error.retryAfterMs : null;
  if (error.code === 'network_error')
    return { kind: 'retry', offline: true, code: 'network_error', retryAfterMs };
  return { kind: 'retry', offline: false, code: error.code, retryAfterMs };
}
