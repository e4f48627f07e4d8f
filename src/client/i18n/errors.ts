// Officers' words for the API error catalogue's stable codes (src/domain/errors.ts), from the
// "errors" namespace. Unknown codes read as the generic failure, never as a code.
import type { TFunction } from './translate';
import { isErrorCode } from '#domain/errors';

export function errorText(t: TFunction, code: string): string {
  const known = isErrorCode(code) || code === 'network_error';
  const key = known ? code : 'internal_error';
  return (t as (key: string) => string)(`errors.${key}`);
}
