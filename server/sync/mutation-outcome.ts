// What one mutation leaves behind, built the same way whether it is applied on its own
// (apply-mutation.ts) or in a batch (push-batch.ts): its result, its stored record, and its audit
// row. Pure: the callers do the writing.
import { errorMessages } from '#domain/errors';
import type { MergeOutcome } from '#domain/merge';
import type { Mutation, MutationResult } from '#domain/sync';
import type { AuditEntry } from '#server/platform/store/audit-log';
import type { StoredRecord } from '#server/platform/store/records';
import type { Rejection } from './mutation-checks';
import type { ConflictContext } from './store/mutations';

/** Who writes: the signed-in user and their device (push.ts's PushContext fits it). */
export interface WriterContext {
  actor: { id: string };
  deviceId: string;
}

/** The audit row's who and what, for any outcome of `m`. */
export function auditBase(ctx: WriterContext, m: Mutation): Omit<AuditEntry, 'action'> {
  return { userId: ctx.actor.id, deviceId: ctx.deviceId, collection: m.collection, recordId: m.recordId };
}

/** A mutation id sent again with other contents, or by another user: refused, nothing stored. */
export function reusedId(ctx: WriterContext, m: Mutation): { result: MutationResult; audit: AuditEntry } {
  return {
    result: {
      mutationId: m.id,
      status: 'rejected',
      error: { code: 'mutation_id_reused', message: errorMessages.mutation_id_reused },
    },
    audit: {
      ...auditBase(ctx, m),
      action: 'mutation.rejected',
      details: { mutationId: m.id, code: 'mutation_id_reused' },
    },
  };
}

/** A rejection: the result that is stored and returned, and its audit row. */
export function rejected(
  ctx: WriterContext,
  m: Mutation,
  rejection: Rejection,
): { result: MutationResult; audit: AuditEntry } {
  const { code, message = errorMessages[code], details } = rejection;
  return {
    result: {
      mutationId: m.id,
      status: 'rejected',
      error: details === undefined ? { code, message } : { code, message, details },
    },
    audit: { ...auditBase(ctx, m), action: 'mutation.rejected', details: { mutationId: m.id, code } },
  };
}

/** The record as it is stored after `m` is applied with `outcome` under change number `version`. */
export function storedAfter(
  ctx: WriterContext,
  m: Mutation,
  current: StoredRecord | undefined,
  write: { outcome: MergeOutcome; teamId: string | null; version: number; reference: string | null },
): StoredRecord {
  const { outcome, teamId, version, reference } = write;
  return {
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
    createdAt: current?.createdAt ?? m.at,
    createdBy: current?.createdBy ?? ctx.actor.id,
    updatedAt: m.at,
    updatedBy: ctx.actor.id,
    reference,
  };
}

/** A write's result and audit row. */
export function written(
  ctx: WriterContext,
  m: Mutation,
  current: StoredRecord | undefined,
  outcome: MergeOutcome,
  version: number,
): { result: MutationResult; audit: AuditEntry } {
  const result: MutationResult = { mutationId: m.id, status: outcome.status, version };
  if (outcome.conflicts.length > 0) result.conflicts = outcome.conflicts;
  const action = m.op === 'delete' ? 'delete' : current === undefined ? 'create' : 'update';
  return {
    result,
    audit: {
      ...auditBase(ctx, m),
      action: `${m.collection}.${action}`,
      details: {
        mutationId: m.id,
        version,
        status: outcome.status,
        fields: Object.keys(m.changes),
        conflicts: outcome.conflicts.length,
      },
    },
  };
}

/** Where a mutation's conflict rows come from: the write that caused them. */
export function conflictSource(
  ctx: WriterContext,
  m: Mutation,
  teamId: string | null,
  version: number,
): Omit<ConflictContext, 'id'> {
  return {
    collection: m.collection,
    recordId: m.recordId,
    teamId,
    mutationId: m.id,
    // The record write's own number: a conflict becomes visible in the feed exactly when the
    // write that caused it does (same transaction), so no cursor can pass one without the other.
    version,
    by: ctx.actor.id,
    at: m.at,
  };
}
