// The supervisor's view of the team's workload, as a pure function of the records on the device:
// overdue reviews first (longest overdue at the top), then by next review date, then the problems
// left longest without activity.
import { todayInForce } from '#domain/dates';
import { signOffReason, type ReviewDecisionCode, type ReviewKindCode } from '#domain/osara/index';
import type { Problem } from '#domain/records';

export interface ReviewDates {
  readonly problemId: string;
  readonly reviewedAt: string;
  readonly nextReviewDate?: string | undefined;
  readonly deleted?: boolean;
  /** Given for the team's real reviews: a current closure sign-off is not offered again. */
  readonly kind?: ReviewKindCode;
  readonly decision?: ReviewDecisionCode;
  readonly reviewer?: string;
}

export interface ActivityDates {
  readonly problemId: string;
  readonly updatedAt: string;
  readonly deleted?: boolean;
}

export interface OverviewRow {
  readonly problem: Problem;
  readonly ownerId: string;
  /** Whole days since the problem, one of its actions or one of its reviews last changed. */
  readonly daysSinceActivity: number;
  /** `YYYY-MM-DD`: the problem's own date, else the latest review's. */
  readonly nextReviewDate: string | undefined;
  readonly overdue: boolean;
  /** In Assessment with a sign-off that still counts: waiting for the team to close it. */
  readonly closureSignedOff: boolean;
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
  return signOffReason(problem, { actions: [], reviews: closure, reviewers }) === undefined;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of `date` in the force's time zone (review dates are days on the station clock). */
export function localDay(date: Date): string {
  return todayInForce(date);
}

function latest(times: readonly string[]): number {
  return Math.max(...times.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t)));
}

export function teamOverview(
  problems: readonly Problem[],
  reviews: readonly ReviewDates[],
  actions: readonly ActivityDates[],
  now: Date,
): OverviewRow[] {
  const today = localDay(now);
  const rows = problems
    .filter((p) => !p.deleted && p.status !== 'closed')
    .map((problem): OverviewRow => {
      const own = reviews
        .filter((r) => r.problemId === problem.id && r.deleted !== true)
        .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
      const acts = actions.filter((a) => a.problemId === problem.id && a.deleted !== true);
      const last = latest([
        problem.updatedAt,
        ...own.map((r) => r.reviewedAt),
        ...acts.map((a) => a.updatedAt),
      ]);
      // Recording a review with a date sets the problem's own (osara-records.ts), so the problem's
      // date is the latest word; a review's is the fallback for reviews recorded before that.
      const nextReviewDate =
        problem.nextReviewDate ?? own.findLast((r) => r.nextReviewDate !== undefined)?.nextReviewDate;
      return {
        problem,
        ownerId: problem.ownerId ?? problem.createdBy,
        daysSinceActivity: Math.max(0, Math.floor((now.getTime() - last) / DAY_MS)),
        nextReviewDate,
        overdue: nextReviewDate !== undefined && nextReviewDate < today,
        closureSignedOff: closureSignedOff(problem, own),
      };
    });
  return rows.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.nextReviewDate !== b.nextReviewDate) {
      if (a.nextReviewDate === undefined) return 1;
      if (b.nextReviewDate === undefined) return -1;
      return a.nextReviewDate.localeCompare(b.nextReviewDate);
    }
    return b.daysSinceActivity - a.daysSinceActivity;
  });
}
