// Photo bytes by content hash (ARCHITECTURE.md "Attachments"): upload checks and the read rule.
//
// Read rule (issue 13): a user may fetch the bytes when they uploaded them (a device fetching its
// own photo back), or when they may read (canReadRecord, from the domain access table) a
// non-deleted record that refers to them AND whose author uploaded them. Holding the hash is not
// enough: a record that names bytes its author never sent (a hash copied from elsewhere) passes
// no right on.
//
// Existence is not leaked: every refusal, whether the bytes exist or not, is the same 404
// `attachment_not_found`, decided from the references and uploaders before the bytes are looked at.
//
// Uploads are checked for what the headers say as well as the signature: nothing may follow the
// image's end (a polyglot file), the declared pixel count has a ceiling (a decompression bomb),
// and each user has an allowance of bytes held (ATTACHMENT_QUOTA_BYTES).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { collectionNames, type CollectionName } from '#domain/collections';
import { imageMetadata, isImageMime, sniffImageType, type ImageMime } from '#domain/patrol/image-bytes';
import { ApiError } from '#server/platform/errors';
import { findAttachment, insertAttachment, isUploader, type StoredAttachment } from './store/attachments';
import { bytesHeldFor, vouchedRecords } from './store/photo-refs';
import { imageFrame } from '#domain/patrol/image-frame';
import { writeAudit } from '#server/platform/store/audit-log';
import type { Tables } from '#server/platform/database/tables';
import { canReadRecord, type Actor } from '#server/sync/access';

export interface UploadInput {
  sha256: string;
  /** The request's Content-Type header. */
  contentType: string | undefined;
  body: unknown;
  maxBytes: number;
  /** Most pixels the header may declare (ATTACHMENT_MAX_PIXELS). */
  maxPixels: number;
  /** Bytes of photos one user may hold (ATTACHMENT_QUOTA_BYTES). */
  quotaBytes: number;
}

export interface UploadResult {
  sha256: string;
  mime: ImageMime;
  size: number;
  /** 'created' for new bytes, 'existing' when the same bytes were held already. */
  outcome: 'created' | 'existing';
}

/** `image/jpeg; charset=x` → `image/jpeg`. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The checks on the bytes themselves, in the order a client most needs to hear about them. */
export function checkUpload(input: UploadInput): { mime: ImageMime; bytes: Buffer } {
  const mime = mediaType(input.contentType);
  if (!isImageMime(mime) || !Buffer.isBuffer(input.body)) throw new ApiError('unsupported_media_type', 415);
  const bytes = input.body;
  // The parser stops reading past the limit; this is the same rule for a body that got here.
  if (bytes.length > input.maxBytes)
    throw new ApiError('attachment_too_large', 413, { maxBytes: input.maxBytes });
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== input.sha256)
    throw new ApiError('attachment_hash_mismatch', 400, { expected: input.sha256, actual });
  const sniffed = sniffImageType(bytes);
  if (sniffed !== mime)
    throw new ApiError('attachment_type_mismatch', 400, { declared: mime, found: sniffed ?? null });
  const metadata = imageMetadata(bytes, mime);
  if (metadata.includes('malformed JPEG'))
    throw new ApiError('attachment_type_mismatch', 400, { declared: mime, found: 'malformed JPEG' });
  if (metadata.length > 0) throw new ApiError('attachment_has_metadata', 400, { metadata });
  const frame = imageFrame(bytes, mime);
  if (frame === undefined)
    throw new ApiError('attachment_type_mismatch', 400, { declared: mime, found: 'unreadable image header' });
  if (frame.end < bytes.length)
    throw new ApiError('attachment_trailing_bytes', 400, { trailingBytes: bytes.length - frame.end });
  if (frame.width * frame.height > input.maxPixels)
    throw new ApiError('attachment_too_many_pixels', 400, {
      width: frame.width,
      height: frame.height,
      maxPixels: input.maxPixels,
    });
  return { mime, bytes };
}

export async function uploadAttachment(
  db: Kysely<Tables>,
  actor: Actor,
  input: UploadInput,
): Promise<UploadResult> {
  const { mime, bytes } = checkUpload(input);
  const at = new Date().toISOString();
  const outcome = await db.transaction().execute(async (trx) => {
    // The same bytes again cost nothing; new ones must fit the uploader's allowance.
    if (!(await isUploader(trx, input.sha256, actor.id))) {
      const used = await bytesHeldFor(trx, actor.id);
      if (used + bytes.length > input.quotaBytes)
        throw new ApiError('attachment_quota_exceeded', 413, {
          quotaBytes: input.quotaBytes,
          usedBytes: used,
        });
    }
    const result = await insertAttachment(trx, {
      sha256: input.sha256,
      mime,
      size: bytes.length,
      bytes,
      userId: actor.id,
      at,
    });
    await writeAudit(
      trx,
      {
        userId: actor.id,
        action: 'attachment.upload',
        collection: 'attachments',
        recordId: input.sha256,
        details: { mime, size: bytes.length, outcome: result },
      },
      at,
    );
    return result;
  });
  return { sha256: input.sha256, mime, size: bytes.length, outcome };
}

/** The records that give this actor the right to read the bytes (empty: none). */
async function readableReferences(db: Kysely<Tables>, actor: Actor, sha256: string): Promise<string[]> {
  const records = await vouchedRecords(db, sha256);
  return records
    .filter((r) => isCollectionName(r.collection) && canReadRecord(actor, r.collection, r.teamId))
    .map((r) => `${r.collection}/${r.id}`);
}

function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

export async function readAttachment(
  db: Kysely<Tables>,
  actor: Actor,
  sha256: string,
): Promise<StoredAttachment> {
  const via = await readableReferences(db, actor, sha256);
  const uploader = via.length === 0 && (await isUploader(db, sha256, actor.id));
  // Bytes removed by the sweep between the check and the read are answered like any refusal.
  const attachment = via.length === 0 && !uploader ? undefined : await findAttachment(db, sha256);
  if (attachment === undefined) {
    await writeAudit(db, {
      userId: actor.id,
      action: 'attachment.read.refused',
      collection: 'attachments',
      recordId: sha256,
    });
    throw new ApiError('attachment_not_found', 404);
  }
  // Reading a photo is consulting personal data: audited with the records that allowed it.
  await writeAudit(db, {
    userId: actor.id,
    action: 'attachment.read',
    collection: 'attachments',
    recordId: sha256,
    details: uploader ? { as: 'uploader' } : { via },
  });
  return attachment;
}
