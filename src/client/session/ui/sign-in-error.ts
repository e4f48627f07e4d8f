import { ApiError } from '#client/app/contract';
import { errorText, type TFunction } from '#client/i18n/index';

/** The server's Retry-After, which the API client keeps on the error it throws. */
function retryAfterMs(error: ApiError): number | null {
  const value: unknown = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' && value > 0 ? value : null;
}

/** "14 minutes", "1 minute", "30 seconds": how long to wait, rounded up. */
function inWords(t: TFunction, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return t('session.signIn.waitSeconds', { count: seconds });
  return t('session.signIn.waitMinutes', { count: Math.ceil(seconds / 60) });
}

/** Which sign-in lock refused the attempt (server/README.md, Sign-in security) and until when. */
function throttled(t: TFunction, code: string, wait: string): string | null {
  switch (code) {
    case 'device_locked':
      return t('session.signIn.deviceLocked', { wait });
    case 'account_locked':
      return t('session.signIn.accountLocked', { wait });
    case 'rate_limited':
      return t('session.signIn.slowedDown', { wait });
    default:
      return null;
  }
}

/**
 * Plain words for a failed sign-in, in the officer's language: the error catalogue's words for the
 * code (not the server's English message), and for a lock, which one and for how long.
 * `returning` is true when this device already knows the officer.
 */
export function signInErrorText(t: TFunction, error: unknown, returning: boolean): string {
  if (!(error instanceof ApiError)) return errorText(t, 'internal_error');
  if (error.code === 'network_error') {
    return returning ? t('session.signIn.offlineReturning') : t('session.signIn.offlineFirst');
  }
  const wait = retryAfterMs(error);
  return (wait === null ? null : throttled(t, error.code, inWords(t, wait))) ?? errorText(t, error.code);
}
