// Recording a review through the reviews repository; null when the workspace has none.
import type { ReviewFields } from '#domain/osara/index';
import type { Workspace } from '#client/app/contract';

export type ReviewInput = Omit<ReviewFields, 'reviewer' | 'reviewedAt'>;
export type ReviewWriter = (fields: ReviewInput) => Promise<unknown>;

export function useReviewWriter(workspace: Workspace): ReviewWriter | null {
  const reviews = workspace.reviews;
  if (reviews === undefined) return null;
  return (fields) => reviews.create(fields);
}
