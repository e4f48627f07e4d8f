// The problem's actions and reviews for its timeline. Empty until the workspace carries the
// actions and reviews repositories.
import type { Workspace } from '../contract';
import type { TimelineAction, TimelineReview } from './timeline-events';

export interface TimelineRecords {
  actions: readonly TimelineAction[];
  reviews: readonly TimelineReview[];
}

const NONE: TimelineRecords = { actions: [], reviews: [] };

export function useTimelineRecords(_workspace: Workspace, _problemId: string): TimelineRecords {
  return NONE;
}
