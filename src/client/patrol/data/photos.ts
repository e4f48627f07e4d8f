// Photo bytes on this device (the `photoBytes` table, by content hash): stored with the activity
// that refers to them, uploaded after it (sync/photos.ts), fetched lazily from the force database
// on other devices and kept. Bytes plus MIME type, never a Blob: Safari loses stored Blobs.
import type { Activity } from '#domain/patrol/activities';
import { ApiError } from '#client/app/contract';
import { getAttachment } from './attachments-api';
import type { ApiClient } from '#client/platform/api/client';
import type { CapturedPhoto, PhotoRefusal, PhotoState } from '#client/patrol/contract';
import { watchQuery, type Unsubscribe } from '#client/platform/db/live';
import type { BeatbookDb, PhotoBytesRow } from '#client/platform/db/schema';
import type { AlongsideWrite } from '#client/platform/db/write';

/** meta key: photos the force database refused, by hash (kept until a later upload succeeds). */
const REFUSALS = 'photoRefusals';

/** Stores new photos' bytes in the activity's own write transaction (write.ts), pending upload. */
export function photoBytesWrite(
  db: BeatbookDb,
  photos: readonly CapturedPhoto[],
  at: string,
): AlongsideWrite {
  const unique = [...new Map(photos.map((p) => [p.sha256, p])).values()];
  const rows: PhotoBytesRow[] = unique.map((p) => ({
    sha256: p.sha256,
    mime: p.mime,
    bytes: p.bytes,
    pendingUpload: 1,
    savedAt: at,
  }));
  return {
    tables: [db.photoBytes],
    write: async () => {
      // A photo already held (the same picture attached twice) keeps its row and upload state.
      const held = new Set(
        await db.photoBytes
          .where('sha256')
          .anyOf(rows.map((r) => r.sha256))
          .primaryKeys(),
      );
      await db.photoBytes.bulkAdd(rows.filter((r) => !held.has(r.sha256)));
    },
  };
}

async function readRefusals(db: BeatbookDb): Promise<Record<string, PhotoRefusal>> {
  const value = (await db.meta.get(REFUSALS))?.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, PhotoRefusal>) : {};
}

export async function listRefusals(db: BeatbookDb): Promise<PhotoRefusal[]> {
  // Refusals stored before reasons were codes carry English words instead: word them by their code.
  return Object.values(await readRefusals(db)).map((r) =>
    typeof (r as Partial<PhotoRefusal>).reason === 'string' ? r : { sha256: r.sha256, code: r.code, reason: r.code, at: r.at },
  );
}

/** The force database refused these bytes for good: keep them, stop retrying, tell the officer. */
export async function recordRefusal(db: BeatbookDb, refusal: PhotoRefusal): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const all = await readRefusals(db);
    await db.meta.put({ key: REFUSALS, value: { ...all, [refusal.sha256]: refusal } });
  });
}

/** The force database holds these bytes now (a first upload or an idempotent repeat). */
export async function markUploaded(db: BeatbookDb, sha256: string): Promise<void> {
  await db.transaction('rw', db.photoBytes, db.meta, async () => {
    await db.photoBytes.update(sha256, { pendingUpload: 0 });
    const all = await readRefusals(db);
    if (sha256 in all) {
      await db.meta.put({
        key: REFUSALS,
        value: Object.fromEntries(Object.entries(all).filter(([k]) => k !== sha256)),
      });
    }
  });
}

/**
 * Photos to upload now: pending, not refused, and referred to by an activity the force database
 * already holds with no edit of it still queued. Records go first (ARCHITECTURE.md), so the
 * server can check the uploader may read a record that refers to the photo.
 */
export async function photosReadyToUpload(db: BeatbookDb): Promise<PhotoBytesRow[]> {
  const pending = await db.photoBytes.where('pendingUpload').equals(1).toArray();
  if (pending.length === 0) return [];
  const refused = await readRefusals(db);
  const queued = new Set((await db.outbox.toArray()).map((m) => m.recordId));
  const synced = new Set<string>();
  await db.activities.each((a: Activity) => {
    if (a.version === null || queued.has(a.id)) return;
    for (const photo of a.photos ?? []) synced.add(photo.sha256);
  });
  return pending.filter((row) => synced.has(row.sha256) && !(row.sha256 in refused));
}

/** The photo's bytes from this device, or from the force database (then kept here). */
export async function loadPhoto(db: BeatbookDb, api: ApiClient, sha256: string): Promise<PhotoState> {
  const held = await db.photoBytes.get(sha256);
  if (held !== undefined) return { state: 'ready', bytes: held.bytes, mime: held.mime };
  let fetched: { bytes: ArrayBuffer; mime: string };
  try {
    fetched = await getAttachment(api, sha256);
  } catch (error) {
    if (error instanceof ApiError && error.code !== 'network_error' && error.status < 500) {
      return { state: 'unavailable' };
    }
    return { state: 'offline' };
  }
  const row: PhotoBytesRow = { sha256, ...fetched, pendingUpload: 0, savedAt: new Date().toISOString() };
  try {
    await db.photoBytes.put(row);
  } catch {
    // A full device can still show the photo; it is fetched again next time.
  }
  return { state: 'ready', bytes: fetched.bytes, mime: fetched.mime };
}

export function watchUploads(
  db: BeatbookDb,
  onChange: (uploads: { pending: string[]; refused: PhotoRefusal[] }) => void,
): Unsubscribe {
  const query = async () => ({
    pending: await db.photoBytes.where('pendingUpload').equals(1).primaryKeys(),
    refused: await listRefusals(db),
  });
  return watchQuery(query, onChange);
}
