// Persistent storage: unsynced work lives in IndexedDB, which the browser may evict under storage
// pressure unless the site is granted persistence. Asked once at start-up (register.ts) and
// shown on the "This device" screen so the officer knows whether to sync often.

export type Persistence = 'persistent' | 'best-effort' | 'unknown';

export interface StorageUse {
  /** Bytes this app uses, and the most the browser says it may use; null when not reported. */
  usage: number | null;
  quota: number | null;
}

/** The parts of `navigator.storage` used here (absent in old browsers and some webviews). */
export type StorageHost = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function browserStorage(): StorageHost | undefined {
  return (globalThis as { navigator?: { storage?: StorageHost } }).navigator?.storage;
}

/** Asks the browser to keep this app's data (Chromium may grant it silently for an installed app). */
export async function requestPersistentStorage(host = browserStorage()): Promise<Persistence> {
  if (typeof host?.persist !== 'function') return 'unknown';
  try {
    return (await host.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Whether the browser has granted persistence, without asking again. */
export async function currentPersistence(host = browserStorage()): Promise<Persistence> {
  if (typeof host?.persisted !== 'function') return 'unknown';
  try {
    return (await host.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

export async function storageUse(host = browserStorage()): Promise<StorageUse> {
  if (typeof host?.estimate !== 'function') return { usage: null, quota: null };
  try {
    const { usage, quota } = await host.estimate();
    return { usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}
