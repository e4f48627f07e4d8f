// Publishing good practice. A prevention lead's decision is a review of kind
// good_practice, written by a push. Before it is written, a publish is checked (publication.ts):
// the problem was nominated and every span the detector finds in the final copy was decided.
// After it is written, in the same transaction, the published copy follows it: written on
// publish, emptied to a tombstone on withdraw. The review and the copy become visible together,
// or neither does. The copy is a server-written record with no team, so every signed-in user's
// feed carries it. A later change to the problem, its actions or its evaluation marks the copy
// out of date; it is never rewritten without a new review.
import type { Kysely } from 'kysely';
import { publishedFieldsSchema } from '#domain/good-practice/published';
import type { Mutation } from '#domain/sync';
import { writeAudit } from '#server/platform/store/audit-log';
import { nextChangeNumber } from '#server/platform/database/counters';
import { findRecord, saveRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import type { Rejection } from '#server/sync/mutation-checks';
import { buildCopy, checkPublishDecision, decisionsOf, publishedDecisions } from './publication';

/** Who pushed the write (push.ts's PushContext). */
export interface WriteContext {
  actor: { id: string };
  deviceId: string;
}

/** The published copy of a problem has the problem's id (one copy per problem). */
export const publishedIdOf = (problemId: string): string => problemId;

const isGoodPracticeDecision = (collection: string, data: Record<string, unknown>): boolean =>
  collection === 'reviews' && data.kind === 'good_practice' && typeof data.problemId === 'string';

/**
 * Called by push once a mutation has passed the generic checks, before anything is written:
 * a refusal here is a rejection like any other. `data` is the record as it would be stored.
 */
export async function checkBeforeWrite(
  trx: Kysely<Tables>,
  m: Mutation,
  data: Record<string, unknown>,
): Promise<Rejection | null> {
  if (m.op !== 'put' || !isGoodPracticeDecision(m.collection, data)) return null;
  return checkPublishDecision(trx, data);
}

/** Writes the copy (or its tombstone) as a new change, so the feed sends it after the review. */
async function writeCopy(
  trx: Kysely<Tables>,
  id: string,
  data: Record<string, unknown>,
  deleted: boolean,
  existing: StoredRecord | undefined,
  actorId: string,
): Promise<{ version: number; now: string }> {
  const version = await nextChangeNumber(trx);
  const now = new Date().toISOString();
  await saveRecord(trx, {
    collection: 'published',
    id,
    teamId: null,
    version,
    originVersion: existing?.originVersion ?? version,
    deleted,
    data,
    fieldVersions: Object.fromEntries(Object.keys(data).map((k) => [k, version])),
    fieldAuthors: Object.fromEntries(Object.keys(data).map((k) => [k, { by: actorId, at: now }])),
    createdAt: existing?.createdAt ?? now,
    createdBy: existing?.createdBy ?? actorId,
    updatedAt: now,
    updatedBy: actorId,
    reference: null,
  });
  return { version, now };
}

async function publish(trx: Kysely<Tables>, review: StoredRecord, ctx: WriteContext, reviewVersion: number) {
  const problemId = review.data.problemId as string;
  const problem = await findRecord(trx, 'problems', problemId);
  if (problem === undefined || problem.deleted) return;
  const decisions = decisionsOf(review.data);
  const { copy } = await buildCopy(trx, problem, review.data);
  // Checked as any pushed record is: a copy the schema would refuse is never written.
  const fields = publishedFieldsSchema.parse({
    ...copy,
    decisions: publishedDecisions(decisions),
    reviewId: review.id,
  });
  const id = publishedIdOf(problemId);
  const existing = await findRecord(trx, 'published', id);
  const { version, now } = await writeCopy(trx, id, fields, false, existing, ctx.actor.id);
  const removed = decisions.filter((d) => d.action === 'remove');
  const byKind = Object.fromEntries(
    [...new Set(removed.map((d) => d.kind))].map((k) => [k, removed.filter((d) => d.kind === k).length]),
  );
  await writeAudit(
    trx,
    {
      userId: ctx.actor.id,
      deviceId: ctx.deviceId,
      action: existing === undefined || existing.deleted ? 'published.create' : 'published.update',
      collection: 'published',
      recordId: id,
      details: {
        problemId,
        reviewId: review.id,
        reviewVersion,
        version,
        // What the reviewer decided, without repeating the removed text in the audit log: the
        // review record itself holds that, readable by those who may read the problem.
        redaction: {
          removed: removed.length,
          removedByKind: byKind,
          kept: decisions.length - removed.length,
        },
      },
    },
    now,
  );
}

async function withdraw(trx: Kysely<Tables>, review: StoredRecord, ctx: WriteContext, reviewVersion: number) {
  const id = publishedIdOf(review.data.problemId as string);
  const existing = await findRecord(trx, 'published', id);
  if (existing === undefined || existing.deleted) return;
  // Emptied, not just flagged: each device overwrites its stored copy with this at its next pull.
  const data = {
    problemId: existing.data.problemId,
    reference: existing.data.reference ?? null,
    title: '',
    problemType: existing.data.problemType,
    summary: '',
    body: {},
    withdrawn: true,
  };
  const { version, now } = await writeCopy(trx, id, data, true, existing, ctx.actor.id);
  await writeAudit(
    trx,
    {
      userId: ctx.actor.id,
      deviceId: ctx.deviceId,
      action: 'published.withdraw',
      collection: 'published',
      recordId: id,
      details: { problemId: data.problemId, reviewId: review.id, reviewVersion, version },
    },
    now,
  );
}

/** A change to what a live copy was made from marks it out of date (once). */
async function markOutOfDate(trx: Kysely<Tables>, problemId: string, ctx: WriteContext, cause: StoredRecord) {
  const existing = await findRecord(trx, 'published', publishedIdOf(problemId));
  if (existing === undefined || existing.deleted || existing.data.outOfDate === true) return;
  const data = { ...existing.data, outOfDate: true };
  const { version, now } = await writeCopy(trx, existing.id, data, false, existing, ctx.actor.id);
  await writeAudit(
    trx,
    {
      userId: ctx.actor.id,
      deviceId: ctx.deviceId,
      action: 'published.out_of_date',
      collection: 'published',
      recordId: existing.id,
      details: {
        problemId,
        changed: { collection: cause.collection, id: cause.id, version: cause.version },
        version,
      },
    },
    now,
  );
}

/**
 * Called by push after a record is saved, inside its transaction. `version` is the record's own
 * change number.
 */
export async function afterRecordWritten(
  trx: Kysely<Tables>,
  record: StoredRecord,
  ctx: WriteContext,
  version: number,
): Promise<void> {
  if (isGoodPracticeDecision(record.collection, record.data) && !record.deleted) {
    if (record.data.decision === 'publish') await publish(trx, record, ctx, version);
    if (record.data.decision === 'withdraw') await withdraw(trx, record, ctx, version);
    return;
  }
  const problemId =
    record.collection === 'problems'
      ? record.id
      : record.collection === 'actions' || record.collection === 'evaluations'
        ? record.data.problemId
        : undefined;
  if (typeof problemId === 'string') await markOutOfDate(trx, problemId, ctx, record);
}
