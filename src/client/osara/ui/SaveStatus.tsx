import { useT } from '#client/i18n/index';
import type { SaveFailure, SaveState } from './use-autosave';

/**
 * Says quietly whether what was typed is safe on this device. A polite live region, not
 * role="status": the sync status in the header is the page's status region.
 */
export function SaveStatus({ save }: { save: { state: SaveState; error: SaveFailure | null } }) {
  const t = useT();
  const text =
    save.state === 'saving'
      ? t('osara.save.saving')
      : save.state === 'saved'
        ? t('osara.save.saved')
        : save.state === 'failed' && save.error !== null
          ? t(`osara.save.${save.error}`)
          : '';
  return (
    <p
      className={save.state === 'failed' ? 'save-status save-status--failed' : 'save-status'}
      aria-live="polite"
    >
      {text}
    </p>
  );
}
