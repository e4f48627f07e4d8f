// Device-level memory of who signed in last, so the app opens offline straight into that
// officer's workspace. Only the public profile is kept; the session itself is an httpOnly cookie.
import type { Me } from '#domain/session';
import { readStoredMe } from '#domain/session-profile';

const KEY = 'beatbook.lastSignedIn';

/** The subset of Web Storage used here, so tests and non-browser hosts can pass their own. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DeviceStore {
  readRemembered(): Me | null;
  remember(me: Me): void;
  forget(): void;
}

/** Storage that lasts as long as the page: for hosts without Web Storage, and tests. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
}

function defaultStorage(): KeyValueStorage {
  try {
    // Accessing localStorage throws in some privacy modes; the app then just asks to sign in.
    return (globalThis as { localStorage?: Storage }).localStorage ?? memoryStorage();
  } catch {
    return memoryStorage();
  }
}

export function createDeviceStore(storage: KeyValueStorage = defaultStorage()): DeviceStore {
  return {
    readRemembered() {
      const raw = storage.getItem(KEY);
      if (raw === null) return null;
      try {
        // Not meSchema: this runs before the first screen shows, which loads without zod.
        return readStoredMe(JSON.parse(raw));
      } catch {
        return null;
      }
    },
    remember(me) {
      storage.setItem(KEY, JSON.stringify(me));
    },
    forget() {
      storage.removeItem(KEY);
    },
  };
}
