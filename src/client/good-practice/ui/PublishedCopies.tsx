// The prevention lead's published copies: each marked "out of date" when its problem
// changed after publishing (the copy is never silently updated), with "review again" (the same
// redaction review, then publish) and "withdraw" (it disappears from every device at its next
// sync). A withdrawal needs a reason, which the team sees.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Published } from '#domain/good-practice/published';
import type { GoodPracticeRepository } from '#client/good-practice/contract';
import { useT } from '#client/i18n/index';
import { decisionFailure } from './decision-failure';

function Withdraw({
  repository,
  copy,
  onWithdrawn,
}: {
  repository: GoodPracticeRepository;
  copy: Published;
  /** Told once the withdrawal is saved: the copy may leave the list at once, so the word is kept above it. */
  onWithdrawn: (message: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  function withdraw(): void {
    if (reason.trim() === '') {
      setMessage(t('goodPractice.published.sayWhy'));
      return;
    }
    repository.decide(copy.problemId, 'withdraw', reason.trim()).then(
      () => {
        setMessage(null);
        onWithdrawn(t('goodPractice.published.withdrawn', { title: copy.title }));
      },
      (error: unknown) => {
        setMessage(decisionFailure(t, error));
      },
    );
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`withdraw-${copy.id}`}>
          {t('goodPractice.published.why', { title: copy.title })}
        </label>
        <textarea
          id={`withdraw-${copy.id}`}
          rows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
          }}
        />
      </div>
      <button type="button" className="secondary" onClick={withdraw}>
        {t('goodPractice.published.withdraw', { title: copy.title })}
      </button>
      {message !== null && <p role="status">{message}</p>}
    </>
  );
}

export function PublishedCopies({ repository }: { repository: GoodPracticeRepository }) {
  const t = useT();
  const [copies, setCopies] = useState<Published[] | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  useEffect(() => repository.watchPublished(setCopies), [repository]);
  if (copies === null || copies.length === 0)
    return withdrawn === null ? null : <p role="status">{withdrawn}</p>;
  return (
    <section aria-labelledby="published-copies">
      <h2 id="published-copies">{t('goodPractice.published.heading')}</h2>
      {withdrawn !== null && <p role="status">{withdrawn}</p>}
      <ul className="published-copies">
        {copies.map((copy) => (
          <li key={copy.id}>
            <Link to={`/good-practice/${copy.id}`}>{copy.title}</Link> {copy.reference ?? ''}
            {copy.outOfDate === true && (
              <p className="check--missing">{t('goodPractice.published.outOfDate')}</p>
            )}
            <p>
              <Link to={`/good-practice/nominations/${copy.problemId}/review`}>
                {t('goodPractice.published.reviewAgain', { title: copy.title })}
              </Link>
            </p>
            <Withdraw repository={repository} copy={copy} onWithdrawn={setWithdrawn} />
          </li>
        ))}
      </ul>
    </section>
  );
}
