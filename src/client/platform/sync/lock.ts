// One sync at a time across tabs. Two tabs of the same officer share one database and outbox;
// pushing the same batch twice at once is harmless (ids dedupe) but wasteful, and two pulls
// racing to move the cursor could apply an older page after a newer one.
type LockHost = Partial<Pick<Navigator, 'locks'>>;

export const SYNC_LOCK_NAME = 'beatbook-sync';

export function withSyncLock<T>(task: () => Promise<T>): Promise<T> {
  const host = (globalThis as { navigator?: LockHost }).navigator;
  const locks = host?.locks;
  // Feature-detected: older Safari and test DOMs have no Web Locks; the in-tab guard still holds.
  if (typeof locks?.request !== 'function') return task();
  return locks.request(SYNC_LOCK_NAME, task);
}
