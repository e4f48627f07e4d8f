// Push: the mutations of a request in the order sent, in one transaction (ARCHITECTURE.md, "Sync
// protocol"), applied as a batch of statements (push-batch.ts). Each keeps its own change number,
// result, processed-mutation row (idempotency), conflicts and audit row, exactly as when each had
// a transaction of its own; a rejection is stored and returned and never stops the mutations
// behind it.
import type { Kysely } from 'kysely';
import type { MutationResult, PushRequest, PushResponse } from '#domain/sync';
import type { Tables } from '#server/platform/database/tables';
import { applyMutation, type PushContext } from './apply-mutation';
import { applyBatch } from './push-batch';

export { applyMutation, type PushContext } from './apply-mutation';

export async function push(
  db: Kysely<Tables>,
  ctx: PushContext,
  request: PushRequest,
): Promise<PushResponse> {
  try {
    // One commit for the batch instead of one per mutation: on SQLite a commit is a WAL write
    // and the write lock taken again; on PostgreSQL a round trip and a flush each. The numbers
    // are still taken under the counter row's lock inside the transaction, so they commit in
    // number order and a pull cursor never skips one (store/feed.ts).
    const results = await db.transaction().execute((trx) => applyBatch(trx, ctx, request.mutations));
    return { results };
  } catch {
    // An unexpected failure (not a rejection, which is a result) rolled the whole batch back.
    // Apply one transaction per mutation, as before batching, so the mutations ahead of a
    // failing one still commit and the failure surfaces for that one alone.
    const results: MutationResult[] = [];
    for (const m of request.mutations) {
      results.push(await db.transaction().execute((trx) => applyMutation(trx, ctx, m)));
    }
    return { results };
  }
}
