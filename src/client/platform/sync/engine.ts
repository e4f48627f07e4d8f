// One sync: push the outbox, then pull (ARCHITECTURE.md, "Sync protocol"). Pushing first means
// the pull already carries the server's versions of this device's edits, so the views settle
// in one round.
import { DEFAULT_PULL_LIMIT, FIRST_PULL_LIMIT, MAX_PUSH_MUTATIONS } from '#domain/sync';
import { HttpApiError } from '#client/platform/api/errors';
import { readCursor } from '#client/platform/db/meta';
import { readOutboxHead, settlePush } from '#client/platform/db/outbox';
import { applyPulledPage } from '#client/platform/db/pull';
import { sendConsultations } from '#client/audit/data/send-consultations';
import type { SyncDeps } from './deps';
import { uploadPendingPhotos } from './photos';

import { buildPushRequest, settleResults } from './push-plan';

function protocolError(message: string): HttpApiError {
  return new HttpApiError('internal_error', message, 200, null);
}

/** Sends the outbox in order, a batch at a time, until it is empty. */
export async function pushOutbox({ db, api, deviceId, now = () => new Date() }: SyncDeps): Promise<void> {
  for (;;) {
    const rows = await readOutboxHead(db, MAX_PUSH_MUTATIONS);
    if (rows.length === 0) return;
    // A failure here (network, 5xx, dropped reply) leaves the outbox as it was; the next attempt
    // resends the same mutation ids and the server answers with the results it stored.
    const response = await api.push(buildPushRequest(deviceId, rows));
    const settlement = settleResults(rows, response.results, now());
    await settlePush(db, settlement);
    // Without progress this loop would resend the same batch forever.
    if (settlement.done.length + settlement.rejected.length === 0) {
      throw protocolError('The force database did not answer for the changes sent.');
    }
  }
}

/**
 * Pulls pages from the stored cursor until the server has no more. Three things overlap: the
 * server builds page n+2 while the device serialises page n+1's records into its transaction and
 * IndexedDB writes page n. The next page is requested as soon as a page arrives (the cursor it
 * needs is in the reply), and a page's transaction is opened before the previous one has
 * committed: IndexedDB runs them in order, and each checks that the stored cursor is where its
 * page starts (db/pull.ts), so a page never lands after one that failed. At most three pages are
 * held at once. If writing fails, what is in flight is dropped: the stored cursor has not moved
 * past the failed page, so the next sync asks for it again.
 */
export async function pullChanges({
  db,
  api,
  deviceId,
  pullLimit = DEFAULT_PULL_LIMIT,
  onPullProgress,
}: SyncDeps): Promise<void> {
  let cursor = await readCursor(db);
  // The second request asks for the size of the rest of the feed, which comes back only when more
  // pages follow: counting it takes the server a moment (60 ms for a force of 110,000 records),
  // which the first page does not wait for, and a pull of one page needs no count at all. The
  // total is the first page and that rest; progress is told after each stored page but the last.
  // Small first pages, doubling: the device starts writing sooner, and each page takes about as
  // long to write as the next, twice its size, takes to arrive.
  let limit = Math.min(pullLimit, FIRST_PULL_LIMIT);
  let next = api.pull(cursor, limit, deviceId);
  let first = true;
  let total: number | null = null;
  let arrived = 0;
  let received = 0;
  let previous: Promise<void> | null = null;
  for (;;) {
    const page = await next;
    // The estimate counts from where its request started: this page and the rest.
    if (total === null && page.estimatedTotal !== undefined) total = arrived + page.estimatedTotal;
    arrived += page.changes.length;
    if (page.hasMore) {
      if (page.cursor === cursor) throw protocolError('The force database repeated the same page.');
      limit = Math.min(pullLimit, limit * 2);
      next = api.pull(page.cursor, limit, deviceId, first);
      first = false;
      // Observed here so a failure while a page is written is not an unhandled rejection;
      // awaiting `next` on the following turn still throws it.
      next.catch(() => undefined);
    }
    const stored = applyPulledPage(db, page.changes, page.cursor, !page.hasMore, cursor);
    stored.catch(() => undefined);
    if (page.hasMore) {
      // Told as soon as the page is stored, not when the next one arrives: on a slow connection
      // the count must not wait for the network. Pages commit in order, so counts only grow.
      const count = page.changes.length;
      void stored.then(
        () => {
          received += count;
          onPullProgress?.({ received, total: total === null ? null : Math.max(total, received) });
        },
        () => undefined,
      );
    }
    if (previous !== null) await previous;
    if (!page.hasMore) {
      await stored;
      return;
    }
    previous = stored;
    cursor = page.cursor;
  }
}

export async function syncOnce(deps: SyncDeps): Promise<void> {
  await pushOutbox(deps);
  // Photos go after the records that refer to them (ARCHITECTURE.md, Attachments), and the
  // "opened record" events with the same sync (s.62 consultation logging).
  await uploadPendingPhotos(deps);
  await sendConsultations(deps);
  await pullChanges(deps);
}
