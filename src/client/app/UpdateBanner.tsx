import { useSyncExternalStore } from 'react';
import { useT } from '#client/i18n/index';
import { applyUpdate, isUpdateReady, subscribeToUpdate } from '#client/platform/pwa/register';

/** Shown when a new version is waiting. Nothing reloads until the officer presses "Reload". */
export function UpdateBanner() {
  const t = useT();
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, () => false);
  if (!ready) return null;
  return (
    <section className="update-banner" aria-label={t('app.update.label')}>
      <p>{t('app.update.ready')}</p>
      <p className="hint">{t('app.update.saveFirst')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('app.update.reload')}
      </button>
    </section>
  );
}
