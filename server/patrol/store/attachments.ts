// All SQL for attachment bytes (migration 0003) and for finding the records that refer to them.
import type { Kysely } from 'kysely';
import { fromJson } from '#server/platform/database/json';
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
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
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

export interface ReferringRecord {
  collection: string;
  id: string;
  teamId: string | null;
}

function photoHashes(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const photos = (data as { photos?: unknown }).photos;
  if (!Array.isArray(photos)) return [];
  return photos.flatMap((p: unknown) => {
    const sha = typeof p === 'object' && p !== null ? (p as { sha256?: unknown }).sha256 : undefined;
    return typeof sha === 'string' ? [sha] : [];
  });
}

/**
 * Non-deleted records of these collections whose `photos[].sha256` names this hash. The LIKE
 * narrows the rows in SQL (a sha256 is 64 hex characters, so it holds no LIKE wildcard); parsing
 * the JSON then keeps only records that really list it as a photo, not ones that merely mention
 * the text in a note.
 */
export async function recordsReferring(
  db: Kysely<Tables>,
  sha256: string,
  collections: readonly string[],
): Promise<ReferringRecord[]> {
  if (collections.length === 0) return [];
  const rows = await db
    .selectFrom('records')
    .select(['collection', 'id', 'team_id', 'data'])
    // The primary key starts with collection, so this keeps the scan to those collections.
    .where('collection', 'in', collections)
    .where('deleted', '=', 0)
    .where('data', 'like', `%${sha256}%`)
    .execute();
  return rows
    .filter((row) => photoHashes(fromJson(row.data, 'records.data')).includes(sha256))
    .map((row) => ({ collection: row.collection, id: row.id, teamId: row.team_id }));
}
