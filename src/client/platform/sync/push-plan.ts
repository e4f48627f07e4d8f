// Pure steps of a push: what to send, and what each result means for the outbox.
import type { NeedsAttentionRow, OutboxRow } from '#client/platform/db/schema';
import type { PushSettlement } from '#client/platform/db/outbox';
import type { Mutation, MutationResult, PushRequest } from '#domain/sync';

/** The request body for a batch: mutations exactly as queued, in outbox order. */
export function buildPushRequest(deviceId: string, rows: readonly OutboxRow[]): PushRequest {
  return {
    deviceId,
    mutations: rows.map(({ seq: _seq, ...mutation }): Mutation => mutation),
  };
}

/**
 * Matches results to the batch by mutation id. Applied and merged leave the outbox; rejected
 * ones move to "needs attention" with the server's reason. A mutation with no result (a server
 * that stopped part-way) stays queued and is resent under the same id, which the server
 * recognises, so a retry can never apply an edit twice.
 */
export function settleResults(
  rows: readonly OutboxRow[],
  results: readonly MutationResult[],
  now: Date,
): PushSettlement {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  const done: number[] = [];
  const rejected: NeedsAttentionRow[] = [];
  const caughtUp: PushSettlement['caughtUp'][number][] = [];
  for (const row of rows) {
    const result = byId.get(row.id);
    if (result === undefined) continue;
    if (result.status === 'rejected') {
      const code = result.error?.code ?? 'internal_error';
      rejected.push({
        ...row,
        code,
        // The code is what the officer is shown (in their language); the server's text is kept as sent.
        message: result.error?.message ?? '',
        rejectedAt: now.toISOString(),
      });
    } else {
      done.push(row.seq);
      if (result.status === 'applied' && result.version !== undefined) {
        caughtUp.push({ collection: row.collection, recordId: row.recordId, version: result.version });
      }
    }
  }
  return { done, rejected, caughtUp };
}
