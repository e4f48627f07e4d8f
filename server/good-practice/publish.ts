// Publishing good practice. When a prevention lead's `publish` decision (a review of
// kind good_practice) is written by a push, the published copy is written in the same
// transaction: the review and the copy become visible together, or neither does. The copy is a
// server-written record with no team, so every signed-in user's feed carries it.
import type { Kysely } from 'kysely';
import type { ActionFields } from '#domain/osara/actions';
import { evaluationFieldsSchema, type EvaluationFields } from '#domain/good-practice/evaluations';
import { toPublishedCopy, type PublishableProblem } from '#domain/good-practice/publish';
import { publishedFieldsSchema } from '#domain/good-practice/published';
import { writeAudit } from '#server/platform/store/audit-log';
import { childrenOf } from '#server/platform/store/children';
import { nextChangeNumber } from '#server/platform/database/counters';
import { findRecord, saveRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';

/** Who pushed the write (push.ts's PushContext). */
export interface WriteContext {
  actor: { id: string };
  deviceId: string;
}

/** The published copy of a problem has the problem's id (one copy per problem). */
export const publishedIdOf = (problemId: string): string => problemId;

function isPublishDecision(record: StoredRecord): boolean {
  const { kind, decision, problemId } = record.data;
  return (
    record.collection === 'reviews' &&
    !record.deleted &&
    kind === 'good_practice' &&
    decision === 'publish' &&
    typeof problemId === 'string'
  );
}

/** The evaluation, if it is in a shape the copy can read (a malformed one is left out). */
async function evaluationOf(trx: Kysely<Tables>, problemId: string): Promise<EvaluationFields | undefined> {
  const stored = await findRecord(trx, 'evaluations', problemId);
  if (stored === undefined || stored.deleted) return undefined;
  const parsed = evaluationFieldsSchema.safeParse(stored.data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Called by push after a record is saved, inside its transaction. Only a publish decision does
 * anything: it writes the problem's published copy with the next change number, so the feed
 * sends it after the review. `version` is the review's own change number.
 */
export async function afterRecordWritten(
  trx: Kysely<Tables>,
  record: StoredRecord,
  ctx: WriteContext,
  version: number,
): Promise<void> {
  if (!isPublishDecision(record)) return;
  const problemId = record.data.problemId as string;
  const problem = await findRecord(trx, 'problems', problemId);
  // The push rules (checkChild) refused a publish of an unknown, deleted or open problem.
  if (problem === undefined || problem.deleted) return;
  const actions = (await childrenOf(trx, 'actions', problemId, problem.teamId)).map((a) => ({
    ...(a.data as unknown as ActionFields),
    deleted: a.deleted,
  }));
  const source = {
    ...(problem.data as unknown as PublishableProblem),
    id: problem.id,
    reference: problem.reference,
  };
  const summary = typeof record.data.comments === 'string' ? record.data.comments : '';
  // Checked as any pushed record is: a copy the schema would refuse is never written.
  const fields = publishedFieldsSchema.parse(
    toPublishedCopy(source, actions, await evaluationOf(trx, problemId), summary),
  );
  const id = publishedIdOf(problemId);
  const existing = await findRecord(trx, 'published', id);
  const copyVersion = await nextChangeNumber(trx);
  const now = new Date().toISOString();
  const data = fields as unknown as Record<string, unknown>;
  await saveRecord(trx, {
    collection: 'published',
    id,
    teamId: null,
    version: copyVersion,
    originVersion: existing?.originVersion ?? copyVersion,
    deleted: false,
    data,
    fieldVersions: Object.fromEntries(Object.keys(data).map((k) => [k, copyVersion])),
    fieldAuthors: Object.fromEntries(Object.keys(data).map((k) => [k, { by: ctx.actor.id, at: now }])),
    createdAt: existing?.createdAt ?? now,
    createdBy: existing?.createdBy ?? ctx.actor.id,
    updatedAt: now,
    updatedBy: ctx.actor.id,
    reference: null,
  });
  await writeAudit(
    trx,
    {
      userId: ctx.actor.id,
      deviceId: ctx.deviceId,
      action: existing === undefined ? 'published.create' : 'published.update',
      collection: 'published',
      recordId: id,
      details: { problemId, reviewId: record.id, reviewVersion: version, version: copyVersion },
    },
    now,
  );
}
