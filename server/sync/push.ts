// Push: the mutations of a request in the order sent, in one transaction (ARCHITECTURE.md, "Sync
// protocol"). Each keeps its own change number, result, processed-mutation row (idempotency),
// conflicts and audit row, exactly as when each had a transaction of its own; a rejection is
// stored and returned and never stops the mutations behind it.
import type { Kysely } from 'kysely';
import { errorMessages } from '#domain/errors';
import { uuidv7 } from '#domain/ids';
import type { Mutation, MutationResult, PushRequest, PushResponse } from '#domain/sync';
import { writeAudit } from '#server/platform/store/audit-log';
import { nextChangeNumber, nextValue } from '#server/platform/database/counters';
import { findProcessed, insertConflicts, insertProcessed } from './store/mutations';
import { findRecord, saveRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import type { Actor } from './access';
import { afterRecordWritten, checkBeforeWrite } from '#server/good-practice/publish';
import { payloadHash } from './mutation-checks';
import { loadOsaraContext, planWithOsara } from '#server/problems/osara-context';
import { afterTeamChange } from '#server/problems/move';
import { afterPhotosWritten } from '#server/patrol/photo-refs';

export interface PushContext {
  actor: Actor;
  deviceId: string;
}

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
    const results = await db.transaction().execute(async (trx) => {
      const out: MutationResult[] = [];
      for (const m of request.mutations) out.push(await applyMutation(trx, ctx, m));
      return out;
    });
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
  const version = await nextChangeNumber(trx);
  const now = new Date().toISOString();
  const audit = {
    userId: ctx.actor.id,
    deviceId: ctx.deviceId,
    collection: m.collection,
    recordId: m.recordId,
  };

  // 1. A retry gets the stored result; the same id with other contents (or from another user,
  // whose stored result must not be shown) is refused without touching the stored one.
  const hash = payloadHash(m);
  const seen = await findProcessed(trx, m.id);
  if (seen !== undefined) {
    if (seen.userId === ctx.actor.id && seen.payloadHash === hash) return seen.result;
    await writeAudit(trx, {
      ...audit,
      action: 'mutation.rejected',
      details: { mutationId: m.id, code: 'mutation_id_reused' },
    });
    return {
      mutationId: m.id,
      status: 'rejected',
      error: { code: 'mutation_id_reused', message: errorMessages.mutation_id_reused },
    };
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
    const { code, message = errorMessages[code], details } = plan.rejection;
    const result: MutationResult = {
      mutationId: m.id,
      status: 'rejected',
      error: details === undefined ? { code, message } : { code, message, details },
    };
    await insertProcessed(trx, { id: m.id, userId: ctx.actor.id, payloadHash: hash, result }, now);
    await writeAudit(trx, { ...audit, action: 'mutation.rejected', details: { mutationId: m.id, code } });
    return result;
  }

  // 4. Write the record, its conflicts, the processed mutation and the audit row together.
  const { outcome, teamId } = plan;
  const createdAt = current?.createdAt ?? m.at;
  const record: StoredRecord = {
    collection: m.collection,
    id: m.recordId,
    teamId,
    version,
    // A null-base edit moves the origin forward only while nobody else has written since the
    // last one. Once someone has, the creating device has still not seen that write, and its
    // later null-base edits must go on treating it as unseen (plan-mutation); moving the origin
    // past it would let them overwrite it with no conflict kept.
    originVersion:
      m.baseVersion === null && (current === undefined || current.version === current.originVersion)
        ? version
        : (current?.originVersion ?? version),
    deleted: outcome.deleted,
    data: outcome.data,
    fieldVersions: outcome.fieldVersions,
    fieldAuthors: outcome.fieldAuthors,
    createdAt,
    createdBy: current?.createdBy ?? ctx.actor.id,
    updatedAt: m.at,
    updatedBy: ctx.actor.id,
    // Only problems carry a human reference.
    reference:
      m.collection === 'problems' ? (current?.reference ?? (await problemReference(trx, createdAt))) : null,
  };
  await saveRecord(trx, record);
  // A record moved to another team takes its own records and conflicts along (problems/move.ts).
  await afterTeamChange(trx, current, record, { userId: ctx.actor.id, deviceId: ctx.deviceId });
  // The photos it lists, in its author's name: the attachment read rule and sweep read these.
  await afterPhotosWritten(trx, record, now);
  // Writes that write more in the same transaction (a publish decision writes the published copy).
  await afterRecordWritten(trx, record, ctx, version);
  await insertConflicts(trx, outcome.conflicts, {
    id: uuidv7,
    collection: m.collection,
    recordId: m.recordId,
    teamId,
    mutationId: m.id,
    // The record write's own number: a conflict becomes visible in the feed exactly when the
    // write that caused it does (same transaction), so no cursor can pass one without the other.
    version,
    by: ctx.actor.id,
    at: m.at,
  });
  const result: MutationResult = { mutationId: m.id, status: outcome.status, version };
  if (outcome.conflicts.length > 0) result.conflicts = outcome.conflicts;
  await insertProcessed(trx, { id: m.id, userId: ctx.actor.id, payloadHash: hash, result }, now);
  const action = m.op === 'delete' ? 'delete' : current === undefined ? 'create' : 'update';
  await writeAudit(
    trx,
    {
      ...audit,
      action: `${m.collection}.${action}`,
      details: {
        mutationId: m.id,
        version,
        status: outcome.status,
        fields: Object.keys(m.changes),
        conflicts: outcome.conflicts.length,
      },
    },
    now,
  );
  return result;
}
