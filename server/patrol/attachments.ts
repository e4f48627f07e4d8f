// Photo bytes by content hash (ARCHITECTURE.md "Attachments"): upload checks and the read rule.
//
// Read rule: a user may fetch the bytes when they may read (canReadRecord, from the domain access
// table) at least one non-deleted record whose `photos[].sha256` names them, or when they
// uploaded them (a device fetching its own photo back before its record has synced).
//
// Existence is not leaked: whether a user may read is decided from the records and the uploader
// list, before looking at the bytes. Anyone without that right gets 403 whether or not the bytes
// exist. Only a user who may read gets 404 (`attachment_not_found`), which then means "the record
// has synced but its photo has not been uploaded yet; try later".
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { collectionNames, type CollectionName } from '#domain/collections';
import { imageMetadata, isImageMime, sniffImageType, type ImageMime } from '#domain/patrol/image-bytes';
import { ApiError } from '#server/platform/errors';
import {
  findAttachment,
  insertAttachment,
  isUploader,
  recordsReferring,
  type StoredAttachment,
} from './store/attachments';
import { writeAudit } from '#server/platform/store/audit-log';
import type { Tables } from '#server/platform/database/tables';
import { canReadRecord, type Actor } from '#server/sync/access';

export interface UploadInput {
  sha256: string;
  /** The request's Content-Type header. */
  contentType: string | undefined;
  body: unknown;
  maxBytes: number;
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

/**
 * The collections whose records carry `photos` (photoRefSchema in src/domain/patrol). A schema
 * that gains photos must be added here, or its photos stay readable only by their uploader.
 */
export const PHOTO_COLLECTIONS: readonly CollectionName[] = ['activities'];

function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

/** The records that give this actor the right to read the bytes (empty: none). */
async function readableReferences(db: Kysely<Tables>, actor: Actor, sha256: string): Promise<string[]> {
  const records = await recordsReferring(db, sha256, PHOTO_COLLECTIONS);
  return records
    .filter((r) => isCollectionName(r.collection) && canReadRecord(actor, r.collection, r.teamId))
    .map((r) => `${r.collection}/${r.id}`);
}

export async function readAttachment(
  db: Kysely<Tables>,
  actor: Actor,
  sha256: string,
): Promise<StoredAttachment> {
  const via = await readableReferences(db, actor, sha256);
  const uploader = via.length === 0 && (await isUploader(db, sha256, actor.id));
  if (via.length === 0 && !uploader) {
    await writeAudit(db, {
      userId: actor.id,
      action: 'attachment.read.refused',
      collection: 'attachments',
      recordId: sha256,
    });
    throw new ApiError('forbidden', 403);
  }
  const attachment = await findAttachment(db, sha256);
  if (attachment === undefined) throw new ApiError('attachment_not_found', 404);
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
