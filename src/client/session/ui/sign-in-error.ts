import { describeError } from '#domain/errors';
import { ApiError } from '#client/app/contract';

/** "14 minutes", "1 minute", "30 seconds": how long to wait, rounded up. */
function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return seconds === 1 ? '1 second' : `${String(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${String(minutes)} minutes`;
}

/** The server's Retry-After, which the API client keeps on the error it throws. */
function retryAfterMs(error: ApiError): number | null {
  const value: unknown = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' && value > 0 ? value : null;
}

/** What happened and until when, for the sign-in throttle's refusals (server/README.md). */
function throttled(code: string, wait: string): string | null {
  switch (code) {
    case 'device_locked':
      return `Too many wrong passwords from this device. Try again in ${wait}, or ask your supervisor.`;
    case 'account_locked':
      return `Too many wrong passwords for this account from other places, so it is locked on devices it has not been used on. Sign in on a device you have used before, try again in ${wait}, or ask your supervisor.`;
    case 'rate_limited':
      return `Too many tries from this device. Wait ${wait}, then try again.`;
    default:
      return null;
  }
}

/** Plain words for a failed sign-in. `returning` is true when this device already knows the officer. */
export function signInErrorText(error: unknown, returning: boolean): string {
  if (!(error instanceof ApiError)) return describeError('internal_error');
  if (error.code === 'network_error') {
    return returning
      ? 'You are offline. Connect to sign in again; your changes are kept on this device.'
      : 'You are offline. Connect to sign in for the first time.';
  }
  const wait = retryAfterMs(error);
  const text = wait === null ? null : throttled(error.code, inWords(wait));
  if (text !== null) return text;
  return error.message !== '' ? error.message : describeError(error.code);
}
