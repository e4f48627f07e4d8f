// Photo references (issue 13): kept at push for every record of a collection that carries photos,
// read by the attachment read rule (attachments.ts), and used to remove bytes nobody refers to:
// after a grace period (the sweep, photo-sweep.ts), or at once when the only record referring to
// them is erased under the retention rules.
import type { Kysely } from 'kysely';
import type { StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import { writeAudit } from '#server/platform/store/audit-log';
import { addRefs, deleteUnreferenced, refsOf, removeRefs, touchAttachments } from './store/photo-refs';

/**
 * The collections whose records carry `photos` (photoRefSchema in src/domain/patrol). A schema
 * that gains photos must be added here, or its photos stay readable only by their uploader.
 */
export const PHOTO_COLLECTIONS: ReadonlySet<string> = new Set(['activities']);

function photoHashes(data: Record<string, unknown>): string[] {
  const photos = data.photos;
  if (!Array.isArray(photos)) return [];
  const hashes = photos.flatMap((p: unknown) => {
    const hash = typeof p === 'object' && p !== null ? (p as { sha256?: unknown }).sha256 : undefined;
    return typeof hash === 'string' ? [hash] : [];
  });
  return [...new Set(hashes)];
}

/**
 * Called after a record is saved, inside its transaction: its references become the photos it
 * now lists, in its author's name. Returns the hashes it no longer refers to; their grace period
 * starts now.
 */
/**
 * Whether a write changes the photos a record lists (so afterPhotosWritten has refs to add or
 * release). Push batches use it to keep writes that change no photo out of the photo tables.
 */
export function photosChanged(
  collection: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): boolean {
  if (!PHOTO_COLLECTIONS.has(collection)) return false;
  const was = photoHashes(before ?? {});
  const now = photoHashes(after);
  return was.length !== now.length || was.some((h) => !now.includes(h));
}

export async function afterPhotosWritten(
  trx: Kysely<Tables>,
  saved: StoredRecord,
  at: string,
): Promise<string[]> {
  if (!PHOTO_COLLECTIONS.has(saved.collection)) return [];
  const now = photoHashes(saved.data);
  const before = await refsOf(trx, saved.collection, saved.id);
  const released = before.filter((h) => !now.includes(h));
  await addRefs(
    trx,
    { collection: saved.collection, id: saved.id, authorId: saved.createdBy },
    now.filter((h) => !before.includes(h)),
  );
  await removeRefs(trx, saved, released);
  await touchAttachments(trx, released, at);
  return released;
}

/** After an erasure rewrote a record: bytes it was the last to refer to go at once. */
export async function purgeErasedPhotos(
  trx: Kysely<Tables>,
  erased: StoredRecord,
  at: string,
): Promise<string[]> {
  const released = await afterPhotosWritten(trx, erased, at);
  return deleteUnreferenced(trx, { hashes: released });
}

/** Removes bytes no record refers to whose grace period ended. Returns the hashes removed. */
export async function sweepPhotos(
  db: Kysely<Tables>,
  options: { graceHours: number; now?: Date },
): Promise<string[]> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.graceHours * 60 * 60 * 1000).toISOString();
  return db.transaction().execute(async (trx) => {
    const removed = await deleteUnreferenced(trx, { touchedBefore: cutoff });
    // Removing stored photos is a change to what the force database holds: audited, by hash.
    if (removed.length > 0)
      await writeAudit(trx, { userId: null, action: 'attachments.sweep', details: { removed, cutoff } });
    return removed;
  });
}

/**
 * Runs the sweep now and then every `everyMinutes` while the server is up. Each instance may run
 * it: removals are checked in the delete itself, so two sweeps at once remove each hash once.
 */
export function scheduleSweep(
  db: Kysely<Tables>,
  options: { graceHours: number; everyMinutes: number; onError: (error: unknown) => void },
): () => void {
  const run = () => {
    sweepPhotos(db, options).catch(options.onError);
  };
  const timer = setInterval(run, options.everyMinutes * 60 * 1000);
  timer.unref();
  run();
  return () => {
    clearInterval(timer);
  };
}
