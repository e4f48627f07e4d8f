import { useT } from '#client/i18n/index';

/** Shown for the moment it takes to read the remembered sign-in from this device. */
export function Opening() {
  const t = useT();
  return (
    <main id="main" className="opening">
      <p>{t('app.opening')}</p>
    </main>
  );
}
