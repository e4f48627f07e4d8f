// A push request applied as a batch of statements instead of a dozen statements per mutation
// (issue 16). The per-mutation rules are the same functions push.ts uses (planWithOsara,
// planMutation, mergeEdit); what changes is the I/O around them:
//
// - change numbers are taken as one block, in request order (one UPDATE under the counter lock);
// - processed mutations and the records the batch touches are read with one query each;
// - the records, processed-mutation rows, conflicts and audit rows a mutation writes are kept in
//   a write buffer and written with a few multi-row statements, in request order, when the batch
//   ends.
//
// A mutation whose rules read or write more of the database than that (a problem: references,
// OSARA gates, out-of-date marks; a problem's own records; a good-practice decision; a move to
// another team; a photo list that changes) goes the per-mutation way (applyMutationAt), after the
// buffer is written out, so everything it reads is as it would be without batching. Each mutation
// keeps its own change number, result, idempotency row, conflicts and audit row.
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult } from '#domain/sync';
import { writeAuditMany, type AuditEntry } from '#server/platform/store/audit-log';
import { reserveChangeNumbers } from '#server/platform/database/counters';
import {
  conflictRow,
  findProcessedMany,
  insertConflictRows,
  insertProcessedMany,
  type ProcessedMutation,
} from './store/mutations';
import { findRecordsMany, recordKey, saveRecords, type StoredRecord } from '#server/platform/store/records';
import type { ConflictsTable, Tables } from '#server/platform/database/tables';
import { planWithOsara } from '#server/problems/osara-context';
import type { Plan } from './plan-mutation';
import { childCollections } from '#server/problems/osara-rules';
import { linkedProblemId } from '#server/problems/problem-links';
import { photosChanged } from '#server/patrol/photo-refs';
import { payloadHash } from './mutation-checks';
import { applyMutationAt, type PushContext } from './apply-mutation';
import { conflictSource, rejected, reusedId, storedAfter, written } from './mutation-outcome';

/** Collections whose writes read or write beyond the record itself (see the header). */
const ownWayCollections: ReadonlySet<string> = new Set(['problems', ...childCollections]);

/** What the buffered mutations have written but not yet sent to the database. */
class WriteBuffer {
  readonly records = new Map<string, StoredRecord>();
  readonly processed: ProcessedMutation[] = [];
  readonly conflicts: ConflictsTable[] = [];
  readonly audit: { entry: AuditEntry; at: string }[] = [];

  async flush(trx: Kysely<Tables>, now: string): Promise<void> {
    await saveRecords(trx, [...this.records.values()]);
    await insertConflictRows(trx, this.conflicts);
    await insertProcessedMany(trx, this.processed, now);
    await writeAuditMany(trx, this.audit);
    this.records.clear();
    this.processed.length = 0;
    this.conflicts.length = 0;
    this.audit.length = 0;
  }
}

/** Applies `mutations` in order inside `trx`, returning one result each, in the same order. */
export async function applyBatch(
  trx: Kysely<Tables>,
  ctx: PushContext,
  mutations: readonly Mutation[],
): Promise<MutationResult[]> {
  const now = new Date().toISOString();
  // Change numbers come from a block taken with one UPDATE. The first block is taken first, as in
  // applyMutation: the counter row's lock serialises writers and so makes the idempotency check
  // below race-free. A mutation that goes its own way may take numbers above the block (a move
  // renumbers a problem's records), so the mutations after it take a new block above those.
  const first = await reserveChangeNumbers(trx, mutations.length);
  let block: { next: number; end: number } | undefined = { next: first, end: first + mutations.length - 1 };
  const changeNumber = async (remaining: number): Promise<number> => {
    if (block === undefined || block.next > block.end) {
      const first = await reserveChangeNumbers(trx, remaining);
      block = { next: first, end: first + remaining - 1 };
    }
    return block.next++;
  };
  const seen = await findProcessedMany(
    trx,
    mutations.map((m) => m.id),
  );
  // The records the buffered mutations read, fetched when first needed and again after a
  // mutation that went its own way (it may have written any of them).
  let cache: Map<string, StoredRecord> | undefined;
  const buffer = new WriteBuffer();
  const results: MutationResult[] = [];

  for (const [i, m] of mutations.entries()) {
    const version = await changeNumber(mutations.length - i);
    const hash = payloadHash(m);
    const remember = (result: MutationResult): void => {
      results.push(result);
      seen.set(m.id, { id: m.id, userId: ctx.actor.id, payloadHash: hash, result });
    };

    const before = seen.get(m.id);
    if (before !== undefined) {
      if (before.userId === ctx.actor.id && before.payloadHash === hash) {
        results.push(before.result);
        continue;
      }
      const { result, audit } = reusedId(ctx, m);
      buffer.audit.push({ entry: audit, at: new Date().toISOString() });
      results.push(result);
      continue;
    }

    let planned: Plan | undefined;
    let current: StoredRecord | undefined;
    const key = recordKey(m.collection, m.recordId);
    if (!ownWayCollections.has(m.collection)) {
      cache ??= await findRecordsMany(trx, recordsToRead(mutations.slice(i)));
      current = buffer.records.get(key) ?? cache.get(key);
      const linkedId = linkedProblemId(m);
      const linked =
        linkedId === undefined ? undefined : (cache.get(recordKey('problems', linkedId)) ?? null);
      const context = linked === undefined ? {} : { linked };
      planned = planWithOsara(m, current, { ...ctx.actor, deviceId: ctx.deviceId }, version, context, now);
    }
    if (
      planned === undefined ||
      (planned.kind === 'write' &&
        ((current !== undefined && current.teamId !== planned.teamId) ||
          photosChanged(m.collection, current?.data, planned.outcome.data)))
    ) {
      // Everything it may read is written out first, and what it writes is read afresh after.
      await buffer.flush(trx, now);
      remember(await applyMutationAt(trx, ctx, m, version));
      cache = undefined;
      block = undefined;
      continue;
    }

    if (planned.kind === 'rejected') {
      const { result, audit } = rejected(ctx, m, planned.rejection);
      buffer.processed.push({ id: m.id, userId: ctx.actor.id, payloadHash: hash, result });
      buffer.audit.push({ entry: audit, at: new Date().toISOString() });
      remember(result);
      continue;
    }

    const { outcome, teamId } = planned;
    buffer.records.set(key, storedAfter(ctx, m, current, { outcome, teamId, version, reference: null }));
    for (const c of outcome.conflicts)
      buffer.conflicts.push(conflictRow(c, { id: uuidv7, ...conflictSource(ctx, m, teamId, version) }));
    const { result, audit } = written(ctx, m, current, outcome, version);
    buffer.processed.push({ id: m.id, userId: ctx.actor.id, payloadHash: hash, result });
    buffer.audit.push({ entry: audit, at: now });
    remember(result);
  }
  await buffer.flush(trx, now);
  return results;
}

/** The records the batch's rules read: each mutation's own, and the problems activities link. */
function recordsToRead(mutations: readonly Mutation[]): { collection: string; id: string }[] {
  const keys: { collection: string; id: string }[] = [];
  for (const m of mutations) {
    keys.push({ collection: m.collection, id: m.recordId });
    const linked = linkedProblemId(m);
    if (linked !== undefined) keys.push({ collection: 'problems', id: linked });
  }
  return keys;
}
