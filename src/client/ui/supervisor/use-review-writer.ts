// Recording a review. Null until the workspace carries the reviews repository.
import type { ReviewFields } from '#domain/osara/index';
import type { Workspace } from '../contract';

export type ReviewWriter = (fields: ReviewFields) => Promise<unknown>;

export function useReviewWriter(_workspace: Workspace): ReviewWriter | null {
  return null;
}
