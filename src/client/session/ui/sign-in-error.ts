import { ApiError } from '#client/app/contract';
import { errorText, type TFunction } from '#client/i18n/index';

/**
 * Plain words for a failed sign-in, in the officer's language: the error catalogue's words for the
 * code (not the server's English message). `returning` is true when this device already knows the
 * officer.
 */
export function signInErrorText(t: TFunction, error: unknown, returning: boolean): string {
  if (!(error instanceof ApiError)) return errorText(t, 'internal_error');
  if (error.code === 'network_error') {
    return returning ? t('session.signIn.offlineReturning') : t('session.signIn.offlineFirst');
  }
  return errorText(t, error.code);
}
