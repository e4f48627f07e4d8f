// The problem's actions and reviews for its timeline (empty lists while loading).
import type { Workspace } from '#client/app/contract';
import { useProblemActions, useProblemReviews } from '#client/osara/ui/use-osara-data';
import type { TimelineAction, TimelineReview } from './timeline-events';

export interface TimelineRecords {
  actions: readonly TimelineAction[];
  reviews: readonly TimelineReview[];
}

export function useTimelineRecords(workspace: Workspace, problemId: string): TimelineRecords {
  const actions = useProblemActions(workspace, problemId) ?? [];
  const reviews = useProblemReviews(workspace, problemId) ?? [];
  return { actions, reviews };
}
