// What the triage lists (the problem list and the sergeant's team overview) know about each
// problem, as a pure function of the records on the device: its owner, its next review and
// whether that is overdue, and whether the supervisor's part is done (a closure signed off, the
// current stage approved). No zod here: the problem list is on the first screen.
import { todayInForce } from '#domain/dates';
import { signOffReason } from '#domain/osara/sign-off';
import type { ReviewDecisionCode, ReviewKindCode } from '#domain/osara/vocabularies';
import type { Problem } from '#domain/records';
import type { ProblemStatusCode } from '#domain/vocabularies';

export interface ReviewDates {
  readonly problemId: string;
  readonly reviewedAt: string;
  readonly nextReviewDate?: string | undefined;
  readonly deleted?: boolean;
  /** Given for the team's real reviews: a current closure sign-off is not offered again. */
  readonly kind?: ReviewKindCode;
  readonly decision?: ReviewDecisionCode;
  readonly reviewer?: string;
  /** For a stage review: the stage whose work was reviewed. */
  readonly stage?: ProblemStatusCode | undefined;
}

export interface ActivityDates {
  readonly problemId: string;
  readonly updatedAt: string;
  readonly deleted?: boolean;
}

export interface TriageRow {
  readonly problem: Problem;
  readonly ownerId: string;
  /** Whole days since the problem, one of its actions or one of its reviews last changed. */
  readonly daysSinceActivity: number;
  /** Milliseconds of that last change, for "last updated" order. */
  readonly lastActivityAt: number;
  /** `YYYY-MM-DD`: the problem's own date, else the latest review's. */
  readonly nextReviewDate: string | undefined;
  /** An open problem whose next review date has passed. */
  readonly overdue: boolean;
  /** In Assessment with a sign-off that still counts: waiting for the team to close it. */
  readonly closureSignedOff: boolean;
  /** In Assessment and the closure not (or no longer) signed off: the sergeant's to do. */
  readonly awaitingSignOff: boolean;
  /** The latest stage review of the problem's current stage approved it. */
  readonly stageApproved: boolean;
}

/**
 * Whether the closure is signed off and the sign-off still counts (the closing gate's own rule:
 * the latest closure review since the assessment last changed signs it off). Only supervisors can
 * record closure reviews, so every closure reviewer on the device is taken as one here; the gate
 * itself still checks the reviewer when the problem is closed.
 */
function closureSignedOff(problem: Problem, reviews: readonly ReviewDates[]): boolean {
  if (problem.status !== 'assessment') return false;
  const closure = reviews.flatMap((r) =>
    r.kind === undefined || r.decision === undefined || r.reviewer === undefined
      ? []
      : [{ ...r, kind: r.kind, decision: r.decision, reviewer: r.reviewer }],
  );
  const reviewers = Object.fromEntries(
    closure.map((r) => [r.reviewer, { role: 'supervisor' as const, teamIds: [problem.teamId] }]),
  );
  return signOffReason(problem, { reviews: closure, reviewers }) === undefined;
}

/** The latest review of the current stage approved it (reviews oldest first). */
function stageApproved(problem: Problem, reviews: readonly ReviewDates[]): boolean {
  const latest = reviews.findLast((r) => r.kind === 'stage' && r.stage === problem.status);
  return latest?.decision === 'approve_stage';
}

const DAY_MS = 86_400_000;

function latest(times: readonly string[]): number {
  return Math.max(...times.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t)));
}

/** One row per problem that is not deleted (closed ones too), in the order given. */
export function triageRows(
  problems: readonly Problem[],
  reviews: readonly ReviewDates[],
  actions: readonly ActivityDates[],
  now: Date,
): TriageRow[] {
  const today = todayInForce(now);
  const reviewsOf = groupBy(reviews.filter((r) => r.deleted !== true));
  const actionsOf = groupBy(actions.filter((a) => a.deleted !== true));
  return problems
    .filter((p) => !p.deleted)
    .map((problem): TriageRow => {
      const own = [...(reviewsOf.get(problem.id) ?? [])].sort((a, b) =>
        a.reviewedAt.localeCompare(b.reviewedAt),
      );
      const acts = actionsOf.get(problem.id) ?? [];
      const last = latest([
        problem.updatedAt,
        ...own.map((r) => r.reviewedAt),
        ...acts.map((a) => a.updatedAt),
      ]);
      // Recording a review with a date sets the problem's own (osara-records.ts), so the problem's
      // date is the latest word; a review's is the fallback for reviews recorded before that.
      const nextReviewDate =
        problem.nextReviewDate ?? own.findLast((r) => r.nextReviewDate !== undefined)?.nextReviewDate;
      const signedOff = closureSignedOff(problem, own);
      return {
        problem,
        ownerId: problem.ownerId ?? problem.createdBy,
        daysSinceActivity: Math.max(0, Math.floor((now.getTime() - last) / DAY_MS)),
        lastActivityAt: last,
        nextReviewDate,
        overdue: problem.status !== 'closed' && nextReviewDate !== undefined && nextReviewDate < today,
        closureSignedOff: signedOff,
        awaitingSignOff: problem.status === 'assessment' && !signedOff,
        stageApproved: stageApproved(problem, own),
      };
    });
}

function groupBy<T extends { readonly problemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.problemId);
    if (list === undefined) out.set(row.problemId, [row]);
    else list.push(row);
  }
  return out;
}
