// Everything that happened to a problem, in date order, from the records on this device: when it
// was opened and last changed, when its objective was set and its assessment last changed, each
// action and each review. Patrol activities join here in a later issue.
import type { ActionStatusCode, ReviewDecisionCode } from '#domain/osara/index';
import { actionStatuses, reviewDecisions } from '#domain/osara/index';
import { labelOf } from '#domain/vocabularies';
import type { Problem } from '#domain/records';

export interface TimelineAction {
  readonly id: string;
  readonly problemId: string;
  readonly description: string;
  readonly status: ActionStatusCode;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deleted?: boolean;
}

export interface TimelineReview {
  readonly id: string;
  readonly problemId: string;
  readonly decision: ReviewDecisionCode;
  readonly comments?: string | undefined;
  readonly reviewedAt: string;
  readonly deleted?: boolean;
}

export interface TimelineEvent {
  readonly key: string;
  readonly at: string;
  readonly what: string;
  readonly detail?: string;
}

export function timelineEvents(
  problem: Problem,
  actions: readonly TimelineAction[],
  reviews: readonly TimelineReview[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [{ key: 'created', at: problem.createdAt, what: 'Problem opened' }];
  if (problem.updatedAt !== problem.createdAt) {
    events.push({ key: 'updated', at: problem.updatedAt, what: 'Record last changed' });
  }
  if (problem.objective?.statedAt !== undefined) {
    events.push({ key: 'objective', at: problem.objective.statedAt, what: 'Objective set' });
  }
  if (problem.assessment?.updatedAt !== undefined) {
    events.push({ key: 'assessment', at: problem.assessment.updatedAt, what: 'Assessment last changed' });
  }
  if (problem.closedAt !== undefined && problem.closedAt !== null) {
    events.push({ key: 'closed', at: problem.closedAt, what: 'Problem closed' });
  }
  for (const action of actions) {
    if (action.problemId !== problem.id || action.deleted === true) continue;
    events.push({
      key: `action-${action.id}`,
      at: action.createdAt,
      what: 'Action added',
      detail: action.description,
    });
    if (action.updatedAt !== action.createdAt) {
      events.push({
        key: `action-${action.id}-updated`,
        at: action.updatedAt,
        what: `Action updated: ${labelOf(actionStatuses, action.status)}`,
        detail: action.description,
      });
    }
  }
  for (const review of reviews) {
    if (review.problemId !== problem.id || review.deleted === true) continue;
    events.push({
      key: `review-${review.id}`,
      at: review.reviewedAt,
      what: `Review: ${labelOf(reviewDecisions, review.decision)}`,
      ...(review.comments === undefined ? {} : { detail: review.comments }),
    });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.key.localeCompare(b.key));
}
