// One mutation, applied with the I/O of its own: steps 1 to 4 of the push protocol
// (ARCHITECTURE.md, "Sync protocol"). push-batch.ts sends here the mutations whose rules read or
// write more than their own record; tests call applyMutation to hold a transaction open.
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult } from '#domain/sync';
import { writeAudit } from '#server/platform/store/audit-log';
import { nextChangeNumber, nextValue } from '#server/platform/database/counters';
import { findProcessed, insertConflicts, insertProcessed } from './store/mutations';
import { findRecord, saveRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import type { Actor } from './access';
import { afterRecordWritten, checkBeforeWrite } from '#server/good-practice/publish';
import { payloadHash } from './mutation-checks';
import { conflictSource, rejected, reusedId, storedAfter, written } from './mutation-outcome';
import { loadOsaraContext, planWithOsara } from '#server/problems/osara-context';
import { afterTeamChange } from '#server/problems/move';
import { afterPhotosWritten } from '#server/patrol/photo-refs';

export interface PushContext {
  actor: Actor;
  deviceId: string;
}

async function problemReference(trx: Kysely<Tables>, createdAt: string): Promise<string> {
  // The year the officer saw when creating it (device local time), numbered per year.
  const year = createdAt.slice(0, 4);
  const n = await nextValue(trx, `reference:problems:${year}`);
  return `PS-${year}-${String(n).padStart(6, '0')}`;
}

/** One mutation inside an open transaction. Exported so tests can hold the transaction open. */
export async function applyMutation(
  trx: Kysely<Tables>,
  ctx: PushContext,
  m: Mutation,
): Promise<MutationResult> {
  // Step 4's number is taken first: it locks the counter row, which serialises writers on
  // PostgreSQL (see nextChangeNumber) and so also makes the step-1 check below race-free.
  return applyMutationAt(trx, ctx, m, await nextChangeNumber(trx));
}

/**
 * One mutation under a change number already taken in this transaction (push-batch.ts takes
 * them as a block, and sends here the mutations whose rules read or write more than the record).
 */
export async function applyMutationAt(
  trx: Kysely<Tables>,
  ctx: PushContext,
  m: Mutation,
  version: number,
): Promise<MutationResult> {
  const now = new Date().toISOString();

  // 1. A retry gets the stored result; the same id with other contents (or from another user,
  // whose stored result must not be shown) is refused without touching the stored one.
  const hash = payloadHash(m);
  const seen = await findProcessed(trx, m.id);
  if (seen !== undefined) {
    if (seen.userId === ctx.actor.id && seen.payloadHash === hash) return seen.result;
    const { result, audit } = reusedId(ctx, m);
    await writeAudit(trx, audit);
    return result;
  }

  // 2-3. Check and merge.
  const current = await findRecord(trx, m.collection, m.recordId);
  const osara = await loadOsaraContext(trx, m, current);
  const planned = planWithOsara(m, current, { ...ctx.actor, deviceId: ctx.deviceId }, version, osara, now);
  // A good-practice decision is checked against the stored records too (publish: nominated, and
  // nothing in the copy left unreviewed), before anything is written.
  const refused = planned.kind === 'write' ? await checkBeforeWrite(trx, m, planned.outcome.data) : null;
  const plan = refused === null ? planned : { kind: 'rejected' as const, rejection: refused };
  if (plan.kind === 'rejected') {
    const { result, audit } = rejected(ctx, m, plan.rejection);
    await insertProcessed(trx, { id: m.id, userId: ctx.actor.id, payloadHash: hash, result }, now);
    await writeAudit(trx, audit);
    return result;
  }

  // 4. Write the record, its conflicts, the processed mutation and the audit row together.
  const { outcome, teamId } = plan;
  const record = storedAfter(ctx, m, current, {
    outcome,
    teamId,
    version,
    // Only problems carry a human reference.
    reference:
      m.collection === 'problems'
        ? (current?.reference ?? (await problemReference(trx, current?.createdAt ?? m.at)))
        : null,
  });
  await saveRecord(trx, record);
  // A record moved to another team takes its own records and conflicts along (problems/move.ts).
  await afterTeamChange(trx, current, record, { userId: ctx.actor.id, deviceId: ctx.deviceId });
  // The photos it lists, in its author's name: the attachment read rule and sweep read these.
  await afterPhotosWritten(trx, record, now);
  // Writes that write more in the same transaction (a publish decision writes the published copy).
  await afterRecordWritten(trx, record, ctx, version);
  await insertConflicts(trx, outcome.conflicts, { id: uuidv7, ...conflictSource(ctx, m, teamId, version) });
  const { result, audit } = written(ctx, m, current, outcome, version);
  await insertProcessed(trx, { id: m.id, userId: ctx.actor.id, payloadHash: hash, result }, now);
  await writeAudit(trx, audit, now);
  return result;
}
