// The closure sign-off rule: who may sign off a problem's closure, and whether the sign-off on the
// device still counts. Pure and small (types only from elsewhere), so lists on the first screen can
// say "Closure signed off" without loading the other gates. stage-gates.ts re-exports it.
import type { RoleCode } from '../vocabularies';
import type { GateReasonCode } from './gate-reasons';
import type { OsaraProblem } from './problem';
import type { ReviewDecisionCode, ReviewKindCode } from './vocabularies';

export interface SignOffUser {
  readonly role: RoleCode;
  readonly teamIds: readonly string[];
}

/** The little of a review that the closure gate reads. */
export interface ReviewLike {
  readonly problemId: string;
  readonly kind: ReviewKindCode;
  readonly decision: ReviewDecisionCode;
  readonly reviewer: string;
  readonly reviewedAt: string;
  readonly deleted?: boolean;
}

export interface SignOffContext {
  /** The problem's reviews (others are ignored). */
  readonly reviews: readonly ReviewLike[];
  /** The current role and teams of each reviewer, by user id. Unknown reviewers do not count. */
  readonly reviewers: Readonly<Record<string, SignOffUser>>;
}

/** Only a supervisor of the problem's own team may sign off its closure. */
export function canSignOff(user: SignOffUser, problem: { readonly teamId: string }): boolean {
  return user.role === 'supervisor' && user.teamIds.includes(problem.teamId);
}

/**
 * Why the closure sign-off does not (yet) count, or undefined when it does. Only closure reviews
 * by a current supervisor of the problem's team count. Of those, only reviews made at or after the
 * assessment was last saved (`assessment.updatedAt`) are current; a sign-off made before then was
 * of a different assessment. The latest current review decides: a later "return to team" or "ask
 * for changes" overrides an earlier sign-off, and on a tie in time the more cautious one wins.
 * Times are device clocks, so a badly set clock can make a fresh sign-off look outdated; that
 * errs towards asking again, never towards closing unseen work.
 */
export function signOffReason(problem: OsaraProblem, context: SignOffContext): GateReasonCode | undefined {
  const counted = context.reviews.filter((r) => {
    if (r.problemId !== problem.id || r.deleted === true || r.kind !== 'closure') return false;
    if (Number.isNaN(Date.parse(r.reviewedAt))) return false;
    const reviewer = context.reviewers[r.reviewer];
    return reviewer !== undefined && canSignOff(reviewer, problem);
  });
  const changed = problem.assessment?.updatedAt;
  // An unreadable stamp gives NaN, and no review compares as after NaN: all are outdated.
  const changedAt = changed === undefined ? -Infinity : Date.parse(changed);
  const current = counted.filter((r) => Date.parse(r.reviewedAt) >= changedAt);
  if (current.length === 0) {
    return counted.some((r) => r.decision === 'sign_off_closure') ? 'sign_off_outdated' : 'sign_off_missing';
  }
  const latest = Math.max(...current.map((r) => Date.parse(r.reviewedAt)));
  const decisive = current.filter((r) => Date.parse(r.reviewedAt) === latest);
  return decisive.every((r) => r.decision === 'sign_off_closure') ? undefined : 'closure_returned';
}
