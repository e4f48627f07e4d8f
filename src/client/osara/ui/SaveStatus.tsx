import type { SaveState } from './use-autosave';

const TEXT = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved on this device',
  failed: '',
} as const;

/**
 * Says quietly whether what was typed is safe on this device. A polite live region, not
 * role="status": the sync status in the header is the page's status region.
 */
export function SaveStatus({ save }: { save: { state: SaveState; error: string | null } }) {
  return (
    <p
      className={save.state === 'failed' ? 'save-status save-status--failed' : 'save-status'}
      aria-live="polite"
    >
      {save.state === 'failed' ? save.error : TEXT[save.state]}
    </p>
  );
}
