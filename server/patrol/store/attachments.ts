// All SQL for attachment bytes (migration 0003) and for finding the records that refer to them.
import type { Kysely } from 'kysely';
import type { Tables } from '#server/platform/database/tables';

export interface StoredAttachment {
  sha256: string;
  mime: string;
  size: number;
  bytes: Buffer;
}

export interface AttachmentUpload extends StoredAttachment {
  userId: string;
  at: string;
}

/**
 * Stores the bytes unless they are held already (content addressing: same hash, same bytes) and
 * records the uploader either way. Returns whether the bytes were new.
 */
export async function insertAttachment(
  db: Kysely<Tables>,
  upload: AttachmentUpload,
): Promise<'created' | 'existing'> {
  const inserted = await db
    .insertInto('attachments')
    .values({
      sha256: upload.sha256,
      mime: upload.mime,
      size: upload.size,
      bytes: upload.bytes,
      created_at: upload.at,
      touched_at: upload.at,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
  // Sent again: the grace period before unreferenced bytes are removed starts again.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0)
    await db
      .updateTable('attachments')
      .set({ touched_at: upload.at })
      .where('sha256', '=', upload.sha256)
      .execute();
  await db
    .insertInto('attachment_uploaders')
    .values({ sha256: upload.sha256, user_id: upload.userId, uploaded_at: upload.at })
    .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing())
    .execute();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0 ? 'created' : 'existing';
}

/** The stored type and size, without reading the bytes. */
export async function findAttachmentInfo(
  db: Kysely<Tables>,
  sha256: string,
): Promise<{ mime: string; size: number } | undefined> {
  const row = await db
    .selectFrom('attachments')
    .select(['mime', 'size'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row && { mime: row.mime, size: row.size };
}

export async function findAttachment(
  db: Kysely<Tables>,
  sha256: string,
): Promise<StoredAttachment | undefined> {
  const row = await db
    .selectFrom('attachments')
    .select(['sha256', 'mime', 'size', 'bytes'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row && { sha256: row.sha256, mime: row.mime, size: row.size, bytes: Buffer.from(row.bytes) };
}

export async function isUploader(db: Kysely<Tables>, sha256: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('attachment_uploaders')
    .select('user_id')
    .where('sha256', '=', sha256)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
