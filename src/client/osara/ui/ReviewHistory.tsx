import { useWorkspace } from '#client/app/store';
import { Trans, useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatDateTime } from '#client/i18n/format';
import { usePeople } from '#client/problems/ui/use-people';
import { useProblemReviews } from './use-osara-data';

/** Governance: every supervisor review of the problem, oldest first. */
export function ReviewHistory({ problemId }: { problemId: string }) {
  const t = useT();
  const workspace = useWorkspace();
  const reviews = useProblemReviews(workspace, problemId);
  const people = usePeople(workspace);
  return (
    <>
      <h3>{t('osara.reviews.heading')}</h3>
      {reviews === undefined ? (
        <p>{t('osara.reviews.loading')}</p>
      ) : reviews.length === 0 ? (
        <p className="empty">{t('osara.reviews.none')}</p>
      ) : (
        <ol className="review-history">
          {reviews.map((review) => (
            <li key={review.id}>
              <p>
                <Trans
                  t={t}
                  i18nKey="osara.reviews.entry"
                  values={{
                    decision: vocabLabel(t, 'reviewDecision', review.decision),
                    kind: vocabLabel(t, 'reviewKind', review.kind),
                    when: formatDateTime(review.reviewedAt),
                    reviewer: people.nameOf(review.reviewer),
                  }}
                  components={{ strong: <strong />, time: <time dateTime={review.reviewedAt} /> }}
                />
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
