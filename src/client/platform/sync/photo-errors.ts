// Pure: what an attachment upload failure means for the photo (see photos.ts).
import { describeError } from '#domain/errors';
import { ApiError } from '#client/app/contract';

export type AttachmentErrorKind =
  | { kind: 'session' }
  | { kind: 'retry-later' }
  | { kind: 'already-held' }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unknown' };

export function getAttachmentErrorKind(error: unknown): AttachmentErrorKind {
  if (!(error instanceof ApiError)) return { kind: 'unknown' };
  if (error.code === 'network_error') return { kind: 'retry-later' };
  if (error.status === 401) return { kind: 'session' };
  // 408 and 429 are "not now"; 5xx is the server's trouble, not the photo's.
  if (error.status >= 500 || error.status === 408 || error.status === 429) return { kind: 'retry-later' };
  // A content-addressed store that answers "conflict" already has these exact bytes.
  if (error.status === 409) return { kind: 'already-held' };
  return { kind: 'refused', code: error.code, message: refusalMessage(error) };
}

/** Refusals whose catalogue text says more than the status would (e.g. a 413 that is not size). */
const ownWords: ReadonlySet<string> = new Set([
  'attachment_quota_exceeded',
  'attachment_trailing_bytes',
  'attachment_too_many_pixels',
]);

function refusalMessage(error: ApiError): string {
  if (ownWords.has(error.code)) return describeError(error.code);
  switch (error.status) {
    case 413:
      return 'The photo is too large for the force database.';
    case 415:
      return 'The force database does not accept this kind of image.';
    case 403:
      return 'The force database would not accept this photo from you.';
    default:
      // The catalogue's plain-English text, unless the code is one this app does not know.
      return error.code === 'internal_error'
        ? `The force database refused the photo (${error.status}).`
        : error.message;
  }
}
