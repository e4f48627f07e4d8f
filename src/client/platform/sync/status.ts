// The observable SyncStatus a workspace exposes.
import type { SyncStatus, Unsubscribe } from '#client/app/contract';

export interface StatusStore {
  get(): SyncStatus;
  update(patch: Partial<SyncStatus>): void;
  subscribe(onChange: (status: SyncStatus) => void): Unsubscribe;
}

export function initialStatus(online: boolean): SyncStatus {
  return {
    online,
    syncing: false,
    pending: 0,
    needsAttention: 0,
    lastSyncedAt: null,
    lastError: null,
    sessionExpired: false,
    // Until the device's own record says otherwise (runner.ts reads it at start).
    firstDownload: true,
    download: null,
  };
}

export function createStatusStore(initial: SyncStatus): StatusStore {
  let status = initial;
  const listeners = new Set<(s: SyncStatus) => void>();
  return {
    get: () => status,
    update(patch) {
      // A new object each time, so React (useSyncExternalStore, zustand) sees the change.
      status = { ...status, ...patch };
      for (const listener of [...listeners]) listener(status);
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
  };
}
