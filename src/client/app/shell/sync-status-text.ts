// The words in the header's status area, from the "sync" messages. Kept pure (t is passed in) so
// the exact texts are tested in one place.
import type { SyncStatus } from '#client/app/contract';
import { errorText, formatCount, type TFunction } from '#client/i18n/index';

/** A download of several pages: how many records are stored so far, of about how many. */
function downloadText(t: TFunction, download: NonNullable<SyncStatus['download']>): string {
  const received = formatCount(download.received);
  return download.total === null
    ? t('sync.downloadingCount', { received })
    : t('sync.downloadingOf', { received, total: formatCount(download.total) });
}

/** The text of the role="status" element. */
export function syncStatusText(t: TFunction, status: SyncStatus): string {
  if (status.sessionExpired) return t('sync.sessionExpired');
  if (!status.online) {
    return status.pending === 0
      ? t('sync.offlineAllSaved')
      : t('sync.offlineWaiting', { count: status.pending });
  }
  if (status.download !== null) return downloadText(t, status.download);
  if (status.pending > 0) return t('sync.waiting', { count: status.pending });
  if (status.lastError !== null) return t('sync.nothingWaiting');
  // "All changes synced" only once the feed's last page is stored on this device.
  return status.firstDownload ? t('sync.downloading') : t('sync.allSynced');
}

export function needsAttentionText(t: TFunction, count: number): string {
  return t('sync.needsAttention', { count });
}

/** A failure worth showing beside the status; offline and expiry already say why sync stopped. */
export function syncErrorText(t: TFunction, status: SyncStatus): string | null {
  if (status.sessionExpired || !status.online || status.lastError === null) return null;
  return t('sync.lastFailed', { error: errorText(t, status.lastError) });
}
