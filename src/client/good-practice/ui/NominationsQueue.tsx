// The prevention lead's queue: nominated problems with the completeness check, the way into the
// redaction review that publishes one, and the return with feedback; below, the published copies
// (out of date ones marked) with withdraw and review again.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { goodPracticeCompleteness } from '#domain/good-practice/completeness';
import { useWorkspace } from '#client/app/store';
import type { GoodPracticeRepository, NominationItem } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { PublishedCopies } from './PublishedCopies';
import { decisionFailure } from './decision-failure';

function Decision({ repository, item }: { repository: GoodPracticeRepository; item: NominationItem }) {
  const t = useT();
  const [feedback, setFeedback] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = item.problem.id;
  function giveBack(): void {
    if (feedback.trim() === '') {
      setMessage(t('goodPractice.queue.sayWhatToChange'));
      return;
    }
    setMessage(null);
    repository.decide(id, 'return', feedback.trim()).then(
      () => {
        setMessage(t('goodPractice.queue.returned'));
      },
      (error: unknown) => {
        setMessage(decisionFailure(t, error));
      },
    );
  }
  return (
    <div className="nomination__decision">
      <p>
        <Link className="button" to={`/good-practice/nominations/${id}/review`}>
          {t('goodPractice.queue.reviewAndPublish')}
        </Link>
      </p>
      <div className="field">
        <label htmlFor={`feedback-${id}`}>{t('goodPractice.queue.feedback')}</label>
        <textarea
          id={`feedback-${id}`}
          rows={3}
          value={feedback}
          onChange={(e) => {
            setFeedback(e.target.value);
          }}
        />
      </div>
      <button type="button" className="secondary" onClick={giveBack}>
        {t('goodPractice.queue.returnWithFeedback')}
      </button>
      {message !== null && <p role="status">{message}</p>}
    </div>
  );
}

export function NominationsQueue({ repository }: { repository: GoodPracticeRepository }) {
  const { me } = useWorkspace();
  const t = useT();
  const [items, setItems] = useState<NominationItem[] | null>(null);
  useEffect(() => repository.watchQueue(setItems), [repository]);
  return (
    <>
      <title>{t('app.title', { screen: t('goodPractice.queue.pageTitle') })}</title>
      <h1>{t('goodPractice.queue.heading')}</h1>
      <p>
        <Link to="/good-practice">{t('goodPractice.queue.libraryLink')}</Link>
      </p>
      {me.role === 'prevention_lead' && <PublishedCopies repository={repository} />}
      {me.role !== 'prevention_lead' ? (
        <p>{t('goodPractice.queue.leadsOnly')}</p>
      ) : items === null ? (
        <p>{t('goodPractice.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('goodPractice.queue.empty')}</p>
      ) : (
        <ul className="nominations">
          {items.map((item) => {
            const check = goodPracticeCompleteness(item.problem, item.evaluation);
            return (
              <li key={item.nomination.id} className="nomination">
                <h2>{item.problem.title}</h2>
                <p>
                  {item.problem.reference ?? t('goodPractice.queue.notSynced')} ·{' '}
                  {vocabLabel(t, 'problemType', item.problem.problemType)} ·{' '}
                  {t('goodPractice.queue.actions', { count: item.actions.length })}
                </p>
                {item.nomination.reason !== undefined && (
                  <p className="multiline">
                    {t('goodPractice.queue.teamReason', { reason: item.nomination.reason })}
                  </p>
                )}
                <h3>{t('goodPractice.queue.completeness', { met: check.met, total: check.total })}</h3>
                <ul className="completeness">
                  {check.checks.map((c) => (
                    <li key={c.code}>
                      <span className={c.met ? 'check--met' : 'check--missing'}>{c.met ? '✓ ' : '✗ '}</span>
                      {c.met
                        ? t(`goodPractice.completeness.${c.code}.met`)
                        : t('goodPractice.queue.missing', {
                            check: t(`goodPractice.completeness.${c.code}.met`),
                            missing: t(`goodPractice.completeness.${c.code}.missing`),
                          })}
                    </li>
                  ))}
                </ul>
                <Decision repository={repository} item={item} />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
