// Small typed accessors over the `meta` table (pull cursor, device id, profile).
import { uuidv7 } from '#domain/ids';
import type { Me } from '#domain/session';
import { readStoredMe } from '#domain/session-profile';
import type { BeatbookDb } from './schema';

const CURSOR = 'pullCursor';
const DEVICE_ID = 'deviceId';
const PROFILE = 'profile';
const FEED_COMPLETE = 'feedComplete';

export async function readCursor(db: BeatbookDb): Promise<number> {
  const row = await db.meta.get(CURSOR);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Call inside the transaction that applies the page, so cursor and records move together. */
export async function writeCursor(db: BeatbookDb, cursor: number): Promise<void> {
  await db.meta.put({ key: CURSOR, value: cursor });
}

/**
 * True once a pull has stored the last page of the feed on this device: until then, an empty list
 * means "not downloaded yet", not "nothing there". Written with that page (db/pull.ts).
 */
export async function readFeedComplete(db: BeatbookDb): Promise<boolean> {
  return (await db.meta.get(FEED_COMPLETE))?.value === true;
}

/** Call inside the transaction that applies the feed's last page. */
export async function writeFeedComplete(db: BeatbookDb): Promise<void> {
  await db.meta.put({ key: FEED_COMPLETE, value: true });
}

/** The device id sent with every push; made once per user database and kept. */
export async function ensureDeviceId(db: BeatbookDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(DEVICE_ID);
    if (typeof row?.value === 'string') return row.value;
    const id = uuidv7();
    await db.meta.put({ key: DEVICE_ID, value: id });
    return id;
  });
}

export async function writeProfile(db: BeatbookDb, me: Me): Promise<void> {
  await db.meta.put({ key: PROFILE, value: me });
}

export async function readProfile(db: BeatbookDb): Promise<Me | null> {
  return readStoredMe((await db.meta.get(PROFILE))?.value);
}
