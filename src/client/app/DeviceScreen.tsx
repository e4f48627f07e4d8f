import { useEffect, useState } from 'react';
import {
  currentPersistence,
  requestPersistentStorage,
  storageUse,
  type Persistence,
  type StorageUse,
} from '#client/platform/pwa/storage';
import { useT, type TFunction } from '#client/i18n/index';
import { formatMegabytes } from '#client/i18n/format';

const persistenceKey = {
  persistent: 'app.device.persistent',
  'best-effort': 'app.device.bestEffort',
  unknown: 'app.device.unknown',
} as const satisfies Record<Persistence, string>;

function usageText(t: TFunction, use: StorageUse): string | null {
  if (use.usage === null) return null;
  if (use.quota === null) return t('app.device.usage', { used: formatMegabytes(use.usage) });
  return t('app.device.usageOfQuota', {
    used: formatMegabytes(use.usage),
    quota: formatMegabytes(use.quota),
  });
}

/** "This device": whether stored work is safe from eviction, and how much space it takes. */
export function DeviceScreen() {
  const t = useT();
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

  const usage = use === null ? null : usageText(t, use);
  return (
    <>
      <title>{t('app.title', { screen: t('app.device.title') })}</title>
      <h1>{t('app.device.title')}</h1>
      <h2>{t('app.device.storage')}</h2>
      {persistence === null ? (
        <p>{t('app.device.checking')}</p>
      ) : (
        <>
          <p className="storage-persistence">{t(persistenceKey[persistence])}</p>
          {usage !== null && <p>{usage}</p>}
        </>
      )}
    </>
  );
}
