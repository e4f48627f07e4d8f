import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSyncStatus, useWorkspace } from '#client/app/store';
import type { SyncStatus } from '#client/app/contract';
import { useT } from '#client/i18n/index';
import { destinationLabel, device } from './destinations';
import { needsAttentionText, syncErrorText, syncStatusText } from './sync-status-text';

function useStatus(): SyncStatus {
  const workspace = useWorkspace();
  return useSyncStatus() ?? workspace.sync.getStatus();
}

/**
 * The top bar's sync indicator: the status in a few words (the role="status" region screen readers
 * announce), a button that opens the details with "Sync now" below the bar.
 */
export function SyncStatusArea() {
  const t = useT();
  const workspace = useWorkspace();
  const status = useStatus();
  // Open on one screen only: moving to another screen closes the details, so they never cover it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean): void => {
    setOpenOn(next ? pathname : null);
  };
  const [requested, setRequested] = useState(false);
  const detailsId = useId();
  const errorText = syncErrorText(t, status);
  const waiting = status.pending > 0 || !status.online || status.sessionExpired || errorText !== null;

  function syncNow(): void {
    setRequested(true);
    // Failures reach the officer through the status (lastError), not through this promise.
    workspace.sync
      .syncNow()
      .catch(() => undefined)
      .finally(() => {
        setRequested(false);
      });
  }

  return (
    <div className="sync-area" aria-busy={status.syncing || requested}>
      <button
        type="button"
        className={waiting ? 'sync-indicator sync-indicator--waiting' : 'sync-indicator'}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="visually-hidden">{t('sync.details')}</span>
        <span role="status" className="sync-text">
          {syncStatusText(t, status)}
        </span>
      </button>
      <div id={detailsId} className="sync-details" hidden={!open}>
        <p className="sync-details__status">{syncStatusText(t, status)}</p>
        {errorText !== null && <p className="sync-error">{errorText}</p>}
        {status.syncing && <p>{t('sync.syncingNow')}</p>}
        <div className="sync-details__actions">
          <button type="button" onClick={syncNow}>
            {t('sync.syncNow')}
          </button>
          <Link
            to="/device"
            className="sync-details__link"
            onClick={() => {
              setOpen(false);
            }}
          >
            {destinationLabel(t, device)}
          </Link>
        </div>
      </div>
    </div>
  );
}

/** What needs the officer now, shown under the top bar without opening anything. */
export function SyncAlerts() {
  const t = useT();
  const status = useStatus();
  if (!status.sessionExpired && status.needsAttention === 0) return null;
  return (
    <div className="sync-alerts">
      {status.sessionExpired && (
        <Link className="button-link" to="/sign-in">
          {t('sync.signInAgain')}
        </Link>
      )}
      {status.needsAttention > 0 && (
        <Link className="attention-link" to="/attention">
          {needsAttentionText(t, status.needsAttention)}
        </Link>
      )}
    </div>
  );
}
