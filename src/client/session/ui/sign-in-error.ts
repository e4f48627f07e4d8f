import { describeError } from '#domain/errors';
import { ApiError } from '#client/app/contract';

/** Plain words for a failed sign-in. `returning` is true when this device already knows the officer. */
export function signInErrorText(error: unknown, returning: boolean): string {
  if (!(error instanceof ApiError)) return describeError('internal_error');
  if (error.code === 'network_error') {
    return returning
      ? 'You are offline. Connect to sign in again; your changes are kept on this device.'
      : 'You are offline. Connect to sign in for the first time.';
  }
  return error.message !== '' ? error.message : describeError(error.code);
}
