// The prevention lead's redaction review: the draft copy exactly as it will be shared,
// every span the detector found highlighted by kind, each to be removed or kept. Publish stays
// disabled until every span is decided, and says how many are left. Loaded on its own (with the
// detector and its libraries), so nothing here weighs on the first screen.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GoodPracticeRepository, PublishableSource } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { decisionFailure } from '../decision-failure';
import { ReviewedField } from './ReviewedField';
import { useRedaction } from './use-redaction';
import './redaction.css';

function Review({ repository, source }: { repository: GoodPracticeRepository; source: PublishableSource }) {
  const t = useT();
  const [summary, setSummary] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [published, setPublished] = useState(false);
  const redaction = useRedaction(source, summary);
  const { left } = redaction;
  const noSummary = summary.trim() === '';
  const why =
    left > 0
      ? t('goodPractice.review.left', { count: left })
      : noSummary
        ? t('goodPractice.review.writeSummary')
        : t('goodPractice.review.allDecided');
  function publish(): void {
    repository.decide(source.problem.id, 'publish', summary.trim(), redaction.decisions).then(
      () => {
        setPublished(true);
        setMessage(t('goodPractice.review.published'));
      },
      (error: unknown) => {
        setMessage(decisionFailure(t, error));
      },
    );
  }
  if (published)
    return (
      <>
        <p role="status">{message}</p>
        <p>
          <Link to="/good-practice/nominations">{t('goodPractice.review.backToNominations')}</Link>
        </p>
      </>
    );
  return (
    <>
      <div className="field">
        <label htmlFor="library-summary">{t('goodPractice.review.summary')}</label>
        <textarea
          id="library-summary"
          rows={3}
          value={summary}
          onChange={(e) => {
            setSummary(e.target.value);
          }}
        />
      </div>
      {redaction.fields.map((f) => (
        <ReviewedField key={f.path} field={f} redaction={redaction} />
      ))}
      <div className="redaction__publish">
        <p id="publish-why" role="status">
          {why}
        </p>
        <button
          type="button"
          disabled={left > 0 || noSummary}
          aria-describedby="publish-why"
          onClick={publish}
        >
          {t('goodPractice.review.publish')}
        </button>
        {message !== null && <p className="field-error">{message}</p>}
      </div>
    </>
  );
}

export function RedactionReview({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
  const { problemId = '' } = useParams();
  const [source, setSource] = useState<PublishableSource | undefined | null>(null);
  useEffect(() => repository.watchPublishable(problemId, setSource), [repository, problemId]);
  const heading =
    source === null || source === undefined
      ? t('goodPractice.review.heading')
      : t('goodPractice.review.headingFor', { title: source.problem.title });
  return (
    <>
      <title>{t('app.title', { screen: heading })}</title>
      <h1>{heading}</h1>
      <p>
        <Link to="/good-practice/nominations">{t('goodPractice.queue.heading')}</Link>
      </p>
      <p>{t('goodPractice.review.intro')}</p>
      {source === null ? (
        <p>{t('goodPractice.loading')}</p>
      ) : source === undefined ? (
        <p>{t('goodPractice.refused.not_on_device')}</p>
      ) : (
        // Keyed by problem: decisions never carry over from one problem's review to another's.
        <Review key={source.problem.id} repository={repository} source={source} />
      )}
    </>
  );
}
