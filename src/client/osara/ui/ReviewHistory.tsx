import { reviewDecisions, reviewKinds } from '#domain/osara/index';
import { labelOf } from '#domain/vocabularies';
import { useWorkspace } from '#client/app/store';
import { formatDateTime } from '#client/problems/ui/labels';
import { usePeople } from '#client/problems/ui/use-people';
import { useProblemReviews } from './use-osara-data';

/** Governance: every supervisor review of the problem, oldest first. */
export function ReviewHistory({ problemId }: { problemId: string }) {
  const workspace = useWorkspace();
  const reviews = useProblemReviews(workspace, problemId);
  const people = usePeople(workspace);
  return (
    <>
      <h3>Review history</h3>
      {reviews === undefined ? (
        <p>Loading reviews…</p>
      ) : reviews.length === 0 ? (
        <p className="empty">No supervisor reviews yet.</p>
      ) : (
        <ol className="review-history">
          {reviews.map((review) => (
            <li key={review.id}>
              <p>
                <strong>{labelOf(reviewDecisions, review.decision)}</strong> (
                {labelOf(reviewKinds, review.kind)}),{' '}
                <time dateTime={review.reviewedAt}>{formatDateTime(review.reviewedAt)}</time>, by{' '}
                {people.nameOf(review.reviewer)}
              </p>
              {review.comments !== undefined && review.comments !== '' && (
                <p className="multiline">{review.comments}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
