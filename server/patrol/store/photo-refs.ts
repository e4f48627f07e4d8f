// All SQL for photo references (migration 0007): which record refers to which bytes and who
// wrote it, the read rule's lookup, the per-user allowance, and removing bytes nobody refers to.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Tables } from '#server/platform/database/tables';

export async function refsOf(db: Kysely<Tables>, collection: string, recordId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('photo_refs')
    .select('sha256')
    .where('collection', '=', collection)
    .where('record_id', '=', recordId)
    .execute();
  return rows.map((r) => r.sha256);
}

export async function addRefs(
  db: Kysely<Tables>,
  record: { collection: string; id: string; authorId: string },
  hashes: readonly string[],
): Promise<void> {
  if (hashes.length === 0) return;
  await db
    .insertInto('photo_refs')
    .values(
      hashes.map((sha256) => ({
        collection: record.collection,
        record_id: record.id,
        sha256,
        author_id: record.authorId,
      })),
    )
    .onConflict((oc) => oc.columns(['collection', 'record_id', 'sha256']).doNothing())
    .execute();
}

export async function removeRefs(
  db: Kysely<Tables>,
  record: { collection: string; id: string },
  hashes: readonly string[],
): Promise<void> {
  if (hashes.length === 0) return;
  await db
    .deleteFrom('photo_refs')
    .where('collection', '=', record.collection)
    .where('record_id', '=', record.id)
    .where('sha256', 'in', [...hashes])
    .execute();
}

/** The grace period of bytes a record stopped referring to starts again now. */
export async function touchAttachments(
  db: Kysely<Tables>,
  hashes: readonly string[],
  at: string,
): Promise<void> {
  if (hashes.length === 0) return;
  await db
    .updateTable('attachments')
    .set({ touched_at: at })
    .where('sha256', 'in', [...hashes])
    .execute();
}

export interface ReferringRecord {
  collection: string;
  id: string;
  teamId: string | null;
}

/**
 * Live records that refer to these bytes AND whose author uploaded them: only such a record
 * passes the right to read them on. A record that merely names the hash (copied from elsewhere)
 * gives nothing.
 */
export async function vouchedRecords(db: Kysely<Tables>, sha256: string): Promise<ReferringRecord[]> {
  const rows = await db
    .selectFrom('photo_refs')
    .innerJoin('attachment_uploaders', (join) =>
      join
        .onRef('attachment_uploaders.sha256', '=', 'photo_refs.sha256')
        .onRef('attachment_uploaders.user_id', '=', 'photo_refs.author_id'),
    )
    .innerJoin('records', (join) =>
      join
        .onRef('records.collection', '=', 'photo_refs.collection')
        .onRef('records.id', '=', 'photo_refs.record_id'),
    )
    .select(['records.collection', 'records.id', 'records.team_id'])
    .where('photo_refs.sha256', '=', sha256)
    .where('records.deleted', '=', 0)
    .execute();
  return rows.map((r) => ({ collection: r.collection, id: r.id, teamId: r.team_id }));
}

/** Bytes of photos this user has uploaded that the force database still holds. */
export async function bytesHeldFor(db: Kysely<Tables>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('attachment_uploaders', 'attachment_uploaders.sha256', 'attachments.sha256')
    .select((eb) => eb.fn.sum<number | string | null>('attachments.size').as('total'))
    .where('attachment_uploaders.user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** No record whose author uploaded these bytes refers to them (tombstoned records still count). */
const unvouched = (eb: ExpressionBuilder<Tables, 'attachments'>) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('photo_refs')
        .innerJoin('attachment_uploaders', (join) =>
          join
            .onRef('attachment_uploaders.sha256', '=', 'photo_refs.sha256')
            .onRef('attachment_uploaders.user_id', '=', 'photo_refs.author_id'),
        )
        .select('photo_refs.sha256')
        .whereRef('photo_refs.sha256', '=', 'attachments.sha256'),
    ),
  );

/**
 * Deletes bytes nobody refers to: among `hashes` (an erasure, at once), or untouched since
 * `touchedBefore` (the sweep). Their uploader rows go with them (foreign key, on delete cascade).
 */
export async function deleteUnreferenced(
  db: Kysely<Tables>,
  which: { hashes: readonly string[] } | { touchedBefore: string },
): Promise<string[]> {
  if ('hashes' in which && which.hashes.length === 0) return [];
  let query = db.selectFrom('attachments').select('sha256').where(unvouched);
  query =
    'hashes' in which
      ? query.where('sha256', 'in', [...which.hashes])
      : query.where('touched_at', '<', which.touchedBefore);
  const doomed = (await query.execute()).map((r) => r.sha256);
  if (doomed.length === 0) return [];
  // Checked again in the delete itself: a push may have added a reference since the select.
  const removed = (
    await db
      .deleteFrom('attachments')
      .where('sha256', 'in', doomed)
      .where(unvouched)
      .returning('sha256')
      .execute()
  ).map((r) => r.sha256);
  if (removed.length > 0)
    await db.deleteFrom('attachment_uploaders').where('sha256', 'in', removed).execute();
  return removed;
}
