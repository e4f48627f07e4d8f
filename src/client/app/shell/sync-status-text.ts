// The words in the header's status area. Kept pure so the exact texts are tested in one place.
import type { SyncStatus } from '#client/app/contract';

function changes(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`;
}

const number = (n: number): string => n.toLocaleString('en-GB');

/** A download of several pages: how many records are stored so far, of about how many. */
function downloadText(download: NonNullable<SyncStatus['download']>): string {
  const { received, total } = download;
  return total === null
    ? `Downloading records: ${number(received)}`
    : `Downloading records: ${number(received)} of about ${number(total)}`;
}

/** The text of the role="status" element. */
export function syncStatusText(status: SyncStatus): string {
  if (status.sessionExpired) {
    return 'Signed out — sign in again to sync. Your changes are kept on this device.';
  }
  if (!status.online) {
    return status.pending === 0
      ? 'Offline — all changes saved on this device'
      : `Offline — ${changes(status.pending)} waiting to sync`;
  }
  if (status.download !== null) return downloadText(status.download);
  if (status.pending > 0) return `${changes(status.pending)} waiting to sync`;
  if (status.lastError !== null) return 'No changes waiting to sync';
  // "All changes synced" only once the feed's last page is stored on this device.
  return status.firstDownload ? 'Downloading records…' : 'All changes synced';
}

export function needsAttentionText(count: number): string {
  return count === 1 ? '1 change needs attention' : `${count} changes need attention`;
}

/** A failure worth showing beside the status; offline and expiry already say why sync stopped. */
export function syncErrorText(status: SyncStatus): string | null {
  if (status.sessionExpired || !status.online || status.lastError === null) return null;
  return `Last sync failed: ${status.lastError}`;
}
