// Good practice on the problem: where it stands (nominated, published, returned with the
// prevention lead's feedback), and the team's control to nominate a closed problem.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { GoodPracticeState } from '#domain/good-practice/queue';
import type { Problem } from '#domain/records';
import { useT } from '#client/i18n/index';
import { GoodPracticeRefusedError, type GoodPracticeRepository } from '#client/good-practice/contract';

interface Props {
  repository: GoodPracticeRepository;
  problem: Problem;
  inTeam: boolean;
}

export function GoodPracticePanel({ repository, problem, inTeam }: Props) {
  const t = useT();
  const [state, setState] = useState<GoodPracticeState | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => repository.watchState(problem.id, setState), [repository, problem.id]);

  const mayNominate =
    inTeam &&
    problem.status === 'closed' &&
    (state?.state === 'not_nominated' || state?.state === 'returned');

  function nominate(): void {
    setBusy(true);
    setFailure(null);
    repository.nominate(problem.id, reason).then(
      () => {
        setBusy(false);
        setReason('');
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(
          error instanceof GoodPracticeRefusedError
            ? t(`goodPractice.refused.${error.reason}`)
            : t('evaluation.goodPractice.nominateFailed'),
        );
      },
    );
  }

  return (
    <section aria-labelledby="good-practice-title" className="evaluation__good-practice">
      <h2 id="good-practice-title">{t('goodPractice.title')}</h2>
      {state === null && <p>{t('evaluation.goodPractice.loading')}</p>}
      {state?.state === 'waiting' && <p>{t('evaluation.goodPractice.waiting')}</p>}
      {state?.state === 'published' && (
        <p>
          {t('evaluation.goodPractice.published')}{' '}
          <Link to={`/good-practice/${problem.id}`}>{t('evaluation.goodPractice.readPublished')}</Link>
        </p>
      )}
      {state?.state === 'returned' && (
        <div className="evaluation__feedback" role="note">
          <p>
            <strong>{t('evaluation.goodPractice.returned')}</strong>
          </p>
          <p className="multiline">{state.feedback}</p>
        </div>
      )}
      {state?.state === 'withdrawn' && (
        <div className="evaluation__feedback" role="note">
          <p>
            <strong>{t('evaluation.goodPractice.withdrawn')}</strong>
          </p>
          <p className="multiline">{state.reason}</p>
        </div>
      )}
      {state?.state === 'not_nominated' && problem.status !== 'closed' && (
        <p>{t('evaluation.goodPractice.onceClosed')}</p>
      )}
      {mayNominate && (
        <>
          <div className="field">
            <label htmlFor="nomination-reason">{t('evaluation.goodPractice.reason')}</label>
            <textarea
              id="nomination-reason"
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          </div>
          <button type="button" onClick={nominate} disabled={busy}>
            {state.state === 'returned'
              ? t('evaluation.goodPractice.nominateAgain')
              : t('evaluation.goodPractice.nominate')}
          </button>
        </>
      )}
      {failure !== null && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
