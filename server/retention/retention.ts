// Retention review: the queue of closed problems due for review, and the decision on
// each, retain or erase. What erasure removes is defined in src/domain/retention.ts.
import type { Kysely } from 'kysely';
import { uuidv7 } from '#domain/ids';
import {
  changedFields,
  eraseRecordData,
  erasedWithProblem,
  isErased,
  reviewDueDate,
  type RetentionDecision,
  type RetentionItem,
  type RetentionOutcome,
} from '#domain/retention';
import { ApiError } from '#server/platform/errors';
import { writeAudit } from '#server/platform/store/audit-log';
import { nextChangeNumber } from '#server/platform/database/counters';
import { findRecord, saveRecord, type StoredRecord } from '#server/platform/store/records';
import { purgeErasedPhotos } from '#server/patrol/photo-refs';
import {
  insertDecision,
  latestDecisions,
  problemsOfTeams,
  purgeConflicts,
  purgeProcessedResults,
  recordsLinkedTo,
  type StoredDecision,
} from './store/retention';
import type { Tables } from '#server/platform/database/tables';
import type { Granted } from '#server/auth/guard';

const today = (now: Date) => now.toISOString().slice(0, 10);

function closedAtOf(p: StoredRecord): string | null {
  return typeof p.data.closedAt === 'string' ? p.data.closedAt : null;
}

/** The review date: the last "retain" decision's, else closure plus the retention period. */
function dueDate(closedAt: string, last: StoredDecision | undefined, years: number): string {
  return last?.decision === 'retain' && last.nextReviewDate !== null
    ? last.nextReviewDate
    : reviewDueDate(closedAt, years);
}

/**
 * Closed, unerased problems of the supervisor's teams, soonest due first; `due` only those whose
 * review date has come. (The grant is `team`: no role reviews retention force-wide.)
 */
export async function retentionQueue(
  db: Kysely<Tables>,
  granted: Granted,
  show: 'due' | 'all',
  years: number,
  now = new Date(),
): Promise<RetentionItem[]> {
  const problems = (await problemsOfTeams(db, granted.actor.teamIds)).filter(
    (p) => closedAtOf(p) !== null && !isErased(p.data),
  );
  const decisions = await latestDecisions(
    db,
    problems.map((p) => p.id),
  );
  const items = problems.map((p): RetentionItem => {
    const closedAt = closedAtOf(p) ?? '';
    const last = decisions.get(p.id);
    const reviewDue = dueDate(closedAt, last, years);
    return {
      problemId: p.id,
      reference: p.reference,
      title: typeof p.data.title === 'string' ? p.data.title : '',
      teamId: p.teamId,
      closedAt,
      reviewDue,
      due: reviewDue <= today(now),
      lastDecision:
        last === undefined
          ? null
          : {
              decision: last.decision,
              reason: last.reason,
              nextReviewDate: last.nextReviewDate,
              decidedAt: last.decidedAt,
              decidedBy: last.decidedBy,
            },
    };
  });
  return items
    .filter((i) => show === 'all' || i.due)
    .sort((a, b) => (a.reviewDue < b.reviewDue ? -1 : a.reviewDue > b.reviewDue ? 1 : 0));
}

/** The problem, if it is one this supervisor may decide on; the same not_found for "no such" and "not yours". */
async function decidable(trx: Kysely<Tables>, granted: Granted, problemId: string): Promise<StoredRecord> {
  const problem = await findRecord(trx, 'problems', problemId);
  if (problem === undefined || problem.deleted) throw new ApiError('not_found', 404);
  if (problem.teamId === null || !granted.actor.teamIds.includes(problem.teamId))
    throw new ApiError('not_found', 404);
  if (isErased(problem.data)) throw new ApiError('record_erased', 409);
  if (closedAtOf(problem) === null) throw new ApiError('retention_not_closed', 409);
  return problem;
}

export async function decideRetention(
  db: Kysely<Tables>,
  granted: Granted,
  problemId: string,
  decision: RetentionDecision,
  now = new Date(),
): Promise<RetentionOutcome> {
  if (decision.decision === 'retain' && decision.nextReviewDate <= today(now)) {
    throw new ApiError('invalid_request', 400, [
      { path: 'nextReviewDate', message: 'The next review date must be after today' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    // The change counter first, as every writer takes it (counters.ts): this serialises the
    // decision with pushes to the same problem, so no edit slips in between check and erasure.
    const firstVersion = await nextChangeNumber(trx);
    const problem = await decidable(trx, granted, problemId);
    const at = now.toISOString();
    const stored: StoredDecision = {
      id: uuidv7(),
      problemId,
      teamId: problem.teamId,
      decision: decision.decision,
      reason: decision.reason,
      nextReviewDate: decision.decision === 'retain' ? decision.nextReviewDate : null,
      decidedBy: granted.actor.id,
      decidedAt: at,
    };
    await insertDecision(trx, stored);
    if (decision.decision === 'retain') {
      await writeAudit(
        trx,
        {
          userId: granted.actor.id,
          action: 'retention.retain',
          collection: 'problems',
          recordId: problemId,
          details: { reason: decision.reason, nextReviewDate: decision.nextReviewDate },
        },
        at,
      );
      return { problemId, decision: 'retain', records: 0, conflicts: 0 };
    }
    const erased = await erase(trx, granted.actor.id, problem, firstVersion, at);
    // The stub: who erased which problem, when and why, and how much was rewritten; no content.
    await writeAudit(
      trx,
      {
        userId: granted.actor.id,
        action: 'retention.erase',
        collection: 'problems',
        recordId: problemId,
        details: {
          reference: problem.reference,
          reason: decision.reason,
          records: erased.records,
          conflicts: erased.conflicts,
        },
      },
      at,
    );
    return { problemId, decision: 'erase', ...erased };
  });
}

/**
 * Rewrites the problem and every record linked to it without their personal content, each under
 * a new change number so devices pull the erased copy and replace theirs (a pulled record
 * replaces the device's base copy and view), blanks the values kept in their conflicts (moved to
 * the same numbers, so devices replace those too) and in the stored push results.
 */
async function erase(
  trx: Kysely<Tables>,
  by: string,
  problem: StoredRecord,
  firstVersion: number,
  at: string,
): Promise<{ records: number; conflicts: number }> {
  const linked = await recordsLinkedTo(trx, erasedWithProblem, problem.id);
  let version = firstVersion;
  let conflicts = 0;
  const mutationIds: string[] = [];
  for (const [i, record] of [problem, ...linked].entries()) {
    if (i > 0) version = await nextChangeNumber(trx);
    const data = eraseRecordData(record.collection, record.data);
    const fields = changedFields(record.data, data);
    const fieldVersions = { ...record.fieldVersions };
    const fieldAuthors = { ...record.fieldAuthors };
    for (const f of fields) {
      fieldVersions[f] = version;
      fieldAuthors[f] = { by, at };
    }
    await saveRecord(trx, {
      ...record,
      version,
      data,
      fieldVersions,
      fieldAuthors,
      updatedAt: at,
      updatedBy: by,
    });
    // Photo bytes only this record referred to are removed with its content (issue 13).
    await purgeErasedPhotos(trx, { ...record, data }, at);
    const ids = await purgeConflicts(trx, record.collection, record.id, version);
    conflicts += ids.length;
    mutationIds.push(...ids);
  }
  await purgeProcessedResults(trx, mutationIds);
  return { records: 1 + linked.length, conflicts };
}
