import { useEffect, useState } from 'react';
import {
  currentPersistence,
  requestPersistentStorage,
  storageUse,
  type Persistence,
  type StorageUse,
} from '#client/platform/pwa/storage';

const persistenceText: Record<Persistence, string> = {
  persistent: 'This device keeps your work until you sign out.',
  'best-effort': 'The browser may clear stored work if the device runs short of space — sync often.',
  unknown: 'This browser does not say whether it keeps stored work. Sync often.',
};

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb < 10 ? `${mb.toFixed(1)} MB` : `${Math.round(mb).toLocaleString('en-GB')} MB`;
}

function usageText(use: StorageUse): string | null {
  if (use.usage === null) return null;
  if (use.quota === null) return `Beatbook uses ${megabytes(use.usage)} on this device.`;
  return `Beatbook uses ${megabytes(use.usage)} of about ${megabytes(use.quota)} the browser allows it.`;
}

/** "This device": whether stored work is safe from eviction, and how much space it takes. */
export function DeviceScreen() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);

  useEffect(() => {
    let live = true;
    // Asking again is harmless: a browser that already decided answers at once.
    void Promise.all([
      currentPersistence().then((now) => (now === 'best-effort' ? requestPersistentStorage() : now)),
      storageUse(),
    ]).then(([p, u]) => {
      if (!live) return;
      setPersistence(p);
      setUse(u);
    });
    return () => {
      live = false;
    };
  }, []);

  const usage = use === null ? null : usageText(use);
  return (
    <>
      <title>This device — Beatbook</title>
      <h1>This device</h1>
      <h2>Storage</h2>
      {persistence === null ? (
        <p>Checking storage…</p>
      ) : (
        <>
          <p className="storage-persistence">{persistenceText[persistence]}</p>
          {usage !== null && <p>{usage}</p>}
        </>
      )}
    </>
  );
}
