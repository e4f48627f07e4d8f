// Pure: what an attachment upload failure means for the photo (see photos.ts). A refusal is kept
// as codes, never as words: `code` is the server's, `reason` the catalogue code whose words the
// officer is shown (`errorText(t, reason)`, in the language in use when shown).
import { isErrorCode, type ErrorCode } from '#domain/errors';
import { ApiError } from '#client/app/contract';

export type AttachmentErrorKind =
  | { kind: 'session' }
  | { kind: 'retry-later' }
  | { kind: 'already-held' }
  | { kind: 'refused'; code: string; reason: ErrorCode }
  | { kind: 'unknown' };

export function getAttachmentErrorKind(error: unknown): AttachmentErrorKind {
  if (!(error instanceof ApiError)) return { kind: 'unknown' };
  if (error.code === 'network_error') return { kind: 'retry-later' };
  if (error.status === 401) return { kind: 'session' };
  // 408 and 429 are "not now"; 5xx is the server's trouble, not the photo's.
  if (error.status >= 500 || error.status === 408 || error.status === 429) return { kind: 'retry-later' };
  // A content-addressed store that answers "conflict" already has these exact bytes.
  if (error.status === 409) return { kind: 'already-held' };
  return { kind: 'refused', code: error.code, reason: refusalReason(error) };
}

/** Refusals whose own words say more than the status would (e.g. a 413 that is not size). */
const ownWords: ReadonlySet<string> = new Set([
  'attachment_quota_exceeded',
  'attachment_trailing_bytes',
  'attachment_too_many_pixels',
]);

/** The catalogue code that words a refusal best: the status says more than a generic code. */
export function refusalReason(error: ApiError): ErrorCode {
  if (ownWords.has(error.code) && isErrorCode(error.code)) return error.code;
  switch (error.status) {
    case 413:
      return 'attachment_too_large';
    case 415:
      return 'unsupported_media_type';
    case 403:
      return 'forbidden';
    default:
      return isErrorCode(error.code) ? error.code : 'internal_error';
  }
}
