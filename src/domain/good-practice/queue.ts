// Where a problem stands in the good-practice workflow, from its nominations and the prevention
// lead's decisions (reviews of kind good_practice). A nomination made after the last decision is
// waiting; otherwise the last decision says whether it was published, returned or withdrawn. Pure.
import type { ReviewDecisionCode, ReviewKindCode } from '../osara/vocabularies';

export interface NominationLike {
  id: string;
  problemId: string;
  createdAt: string;
  deleted?: boolean;
}

export interface DecisionLike {
  problemId: string;
  kind: ReviewKindCode;
  decision: ReviewDecisionCode;
  reviewedAt: string;
  comments?: string | undefined;
  deleted?: boolean;
}

export type GoodPracticeState =
  | { state: 'not_nominated' }
  | { state: 'waiting'; nomination: NominationLike }
  | { state: 'published'; summary: string; at: string }
  | { state: 'returned'; feedback: string; at: string }
  | { state: 'withdrawn'; reason: string; at: string };

const latestBy = <T>(items: readonly T[], at: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (best === undefined || at(item) >= at(best) ? item : best),
    undefined,
  );

export function goodPracticeState(
  problemId: string,
  nominations: readonly NominationLike[],
  reviews: readonly DecisionLike[],
): GoodPracticeState {
  const nomination = latestBy(
    nominations.filter((n) => n.problemId === problemId && n.deleted !== true),
    (n) => n.createdAt,
  );
  const decision = latestBy(
    reviews.filter((r) => r.problemId === problemId && r.deleted !== true && r.kind === 'good_practice'),
    (r) => r.reviewedAt,
  );
  if (nomination !== undefined && (decision === undefined || nomination.createdAt > decision.reviewedAt))
    return { state: 'waiting', nomination };
  if (decision === undefined) return { state: 'not_nominated' };
  const comments = decision.comments ?? '';
  if (decision.decision === 'publish')
    return { state: 'published', summary: comments, at: decision.reviewedAt };
  if (decision.decision === 'withdraw')
    return { state: 'withdrawn', reason: comments, at: decision.reviewedAt };
  return { state: 'returned', feedback: comments, at: decision.reviewedAt };
}
