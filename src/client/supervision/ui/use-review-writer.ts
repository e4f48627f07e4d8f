// Recording a review through the reviews repository.
import type { ReviewFields } from '#domain/osara/index';
import type { Workspace } from '#client/app/contract';

export type ReviewInput = Omit<ReviewFields, 'reviewer' | 'reviewedAt'>;
export type ReviewWriter = (fields: ReviewInput) => Promise<unknown>;

export function useReviewWriter(workspace: Workspace): ReviewWriter {
  const reviews = workspace.reviews;
  return (fields) => reviews.create(fields);
}
