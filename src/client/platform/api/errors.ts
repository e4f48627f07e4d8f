// Turning HTTP failures into ApiError (src/client/app/contract.ts) with a catalogue code. The code
// is what the app keeps and passes on; the words an officer reads come from the "errors" messages
// in the language in use when they are shown (`errorText(t, error.code)`).
import { isErrorCode, type ErrorCode } from '#domain/errors';
import { ApiError } from '#client/app/contract';
import { errorText, t } from '#client/i18n/index';

/** An ApiError that also carries the server's Retry-After, for the sync back-off. */
export class HttpApiError extends ApiError {
  constructor(
    code: ErrorCode | 'network_error',
    message: string,
    status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(code, message, status);
  }
}

export function networkError(): HttpApiError {
  return new HttpApiError('network_error', errorText(t, 'network_error'), 0, null);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function errorCodeOf(body: unknown): ErrorCode | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return isErrorCode(error.code) ? error.code : null;
}

/** The error for a non-2xx response: its catalogue code, and that code's words in the active language. */
export async function errorFromResponse(response: Response): Promise<HttpApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, or no body at all: fall back on the status alone.
  }
  const code = errorCodeOf(body) ?? (response.status === 401 ? 'unauthenticated' : 'internal_error');
  return new HttpApiError(
    code,
    errorText(t, code),
    response.status,
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}
