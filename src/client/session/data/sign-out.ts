// Signing out on a shared device: what would be lost, and deleting one user's data from
// the device — their database, their drafts in localStorage, and user-specific Cache Storage.
import { Dexie } from 'dexie';
import type { UnsyncedWork } from '#client/team/contract';
import { userDbName, type BeatbookDb } from '#client/platform/db/schema';

export async function countUnsyncedWork(db: BeatbookDb): Promise<UnsyncedWork> {
  return db.transaction('r', [db.outbox, db.needsAttention, db.photoBytes], async () => {
    const pending = await db.outbox.count();
    const needsAttention = await db.needsAttention.count();
    const photos = await db.photoBytes.where('pendingUpload').equals(1).count();
    return { pending, needsAttention, photos, total: pending + needsAttention + photos };
  });
}

/** Workbox's precache (the app shell): not user data, and needed to open the app offline. */
const APP_SHELL_CACHE = /^workbox-precache/;

type KeyStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

function localStore(): KeyStorage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes every Beatbook localStorage key that names this user (drafts are
 * `beatbook.draft.<userId>.…`, see ui/osara/local-drafts.ts). Returns how many went.
 */
export function deleteUserKeys(userId: string, storage: KeyStorage | null = localStore()): number {
  if (storage === null) return 0;
  const encoded = encodeURIComponent(userId);
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith('beatbook.') === true && (key.includes(encoded) || key.includes(userId)))
      doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
  return doomed.length;
}

/**
 * Deletes every Cache Storage cache but the app shell's precache. The service worker caches no
 * /api/ answer, so any other cache (photos, map tiles) was filled while this user was signed in.
 */
async function deleteUserCaches(): Promise<void> {
  const storage = (globalThis as { caches?: CacheStorage }).caches;
  if (storage === undefined) return;
  for (const name of await storage.keys()) {
    if (!APP_SHELL_CACHE.test(name)) await storage.delete(name);
  }
}

/**
 * Deletes this user's data from the device. Close their workspace (and so their database) first:
 * an open connection would hold the deletion until it closes.
 */
export async function deleteUserData(userId: string): Promise<void> {
  await Dexie.delete(userDbName(userId));
  deleteUserKeys(userId);
  await deleteUserCaches();
}
