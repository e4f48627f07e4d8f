import { useSyncExternalStore } from 'react';
import { upgradeProgress, watchUpgrade } from '#client/platform/db/upgrade-progress';
import { formatCount, useT } from '#client/i18n/index';

/**
 * Shown for the moment it takes to read the remembered sign-in from this device, and while the
 * first opening after an update upgrades the device's store (with how far it has got).
 */
export function Opening() {
  const t = useT();
  const upgrade = useSyncExternalStore(watchUpgrade, upgradeProgress);
  return (
    <main id="main" className="opening">
      <p>{t('app.opening')}</p>
      {upgrade !== null && (
        <>
          <p role="status">
            {t('app.upgrading', { done: formatCount(upgrade.done), total: formatCount(upgrade.total) })}
          </p>
          <progress max={upgrade.total} value={upgrade.done} aria-label={t('app.upgradingLabel')} />
        </>
      )}
    </main>
  );
}
