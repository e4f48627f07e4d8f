// The words in the header's status area, from the "sync" messages. Kept pure (t is passed in) so
// the exact texts are tested in one place.
import type { SyncStatus } from '#client/app/contract';
import { errorText, type TFunction } from '#client/i18n/index';

const number = (n: number): string => n.toLocaleString('en-GB');

/** A download of several pages: how many records are stored so far, of about how many. */
function downloadText(download: NonNullable<SyncStatus['download']>): string {
  const { received, total } = download;
  return total === null
    ? `Downloading records: ${number(received)}`
    : `Downloading records: ${number(received)} of about ${number(total)}`;
}

/** The text of the role="status" element. */
export function syncStatusText(t: TFunction, status: SyncStatus): string {
  if (status.sessionExpired) return t('sync.sessionExpired');
  if (!status.online) {
    return status.pending === 0
      ? t('sync.offlineAllSaved')
      : t('sync.offlineWaiting', { count: status.pending });
  }
  if (status.download !== null) return downloadText(status.download);
  if (status.pending > 0) return t('sync.waiting', { count: status.pending });
  if (status.lastError !== null) return t('sync.nothingWaiting');
  // "All changes synced" only once the feed's last page is stored on this device.
  // Literal for now (issue 16 brief): the download texts are not in the catalogues yet.
  return status.firstDownload ? 'Downloading records…' : t('sync.allSynced');
}

export function needsAttentionText(t: TFunction, count: number): string {
  return t('sync.needsAttention', { count });
}

/** A failure worth showing beside the status; offline and expiry already say why sync stopped. */
export function syncErrorText(t: TFunction, status: SyncStatus): string | null {
  if (status.sessionExpired || !status.online || status.lastError === null) return null;
  return t('sync.lastFailed', { error: errorText(t, status.lastError) });
}
