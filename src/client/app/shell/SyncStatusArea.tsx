import { useState } from 'react';
import { Link } from 'react-router';
import { useSyncStatus, useWorkspace } from '#client/app/store';
import { needsAttentionText, syncErrorText, syncStatusText } from './sync-status-text';

/** The header's sync status: what is waiting, what needs attention, and "Sync now". */
export function SyncStatusArea() {
  const workspace = useWorkspace();
  const status = useSyncStatus() ?? workspace.sync.getStatus();
  const [requested, setRequested] = useState(false);
  const errorText = syncErrorText(status);

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
      <p
        role="status"
        className={status.pending > 0 || !status.online ? 'sync-text sync-text--waiting' : 'sync-text'}
      >
        {syncStatusText(status)}
      </p>
      {status.sessionExpired && (
        <Link className="button-link" to="/sign-in">
          Sign in again
        </Link>
      )}
      {status.needsAttention > 0 && (
        <Link className="attention-link" to="/attention">
          {needsAttentionText(status.needsAttention)}
        </Link>
      )}
      {errorText !== null && <p className="sync-error">{errorText}</p>}
      <button type="button" className="secondary" onClick={syncNow}>
        Sync now
      </button>
    </div>
  );
}
