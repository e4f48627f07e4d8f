// Small typed accessors over the `meta` table (pull cursor, device id, profile).
import { uuidv7 } from '#domain/ids';
import type { Me } from '#domain/session';
import { readStoredMe } from '#domain/session-profile';
import type { BeatbookDb } from './schema';

const CURSOR = 'pullCursor';
const DEVICE_ID = 'deviceId';
const PROFILE = 'profile';

export async function readCursor(db: BeatbookDb): Promise<number> {
  const row = await db.meta.get(CURSOR);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Call inside the transaction that applies the page, so cursor and records move together. */
export async function writeCursor(db: BeatbookDb, cursor: number): Promise<void> {
  await db.meta.put({ key: CURSOR, value: cursor });
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
