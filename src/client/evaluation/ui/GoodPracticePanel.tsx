// Good practice on the problem: where it stands (nominated, published, returned with the
// prevention lead's feedback), and the team's control to nominate a closed problem.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { GoodPracticeState } from '#domain/good-practice/queue';
import type { Problem } from '#domain/records';
import { GoodPracticeRefusedError, type GoodPracticeRepository } from '#client/good-practice/contract';

interface Props {
  repository: GoodPracticeRepository;
  problem: Problem;
  inTeam: boolean;
}

export function GoodPracticePanel({ repository, problem, inTeam }: Props) {
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
            ? error.message
            : 'The nomination could not be saved on this device. Try again.',
        );
      },
    );
  }

  return (
    <section aria-labelledby="good-practice-title" className="evaluation__good-practice">
      <h2 id="good-practice-title">Good practice</h2>
      {state === null && <p>Loading…</p>}
      {state?.state === 'waiting' && <p>Nominated as good practice: waiting for a prevention lead.</p>}
      {state?.state === 'published' && (
        <p>
          Published in the good-practice library.{' '}
          <Link to={`/good-practice/${problem.id}`}>Read the published copy</Link>
        </p>
      )}
      {state?.state === 'returned' && (
        <div className="evaluation__feedback" role="note">
          <p>
            <strong>Returned by a prevention lead with feedback:</strong>
          </p>
          <p className="multiline">{state.feedback}</p>
        </div>
      )}
      {state?.state === 'withdrawn' && (
        <div className="evaluation__feedback" role="note">
          <p>
            <strong>Withdrawn from the good-practice library by a prevention lead:</strong>
          </p>
          <p className="multiline">{state.reason}</p>
        </div>
      )}
      {state?.state === 'not_nominated' && problem.status !== 'closed' && (
        <p>Once the problem is closed, the team can nominate it as good practice.</p>
      )}
      {mayNominate && (
        <>
          <div className="field">
            <label htmlFor="nomination-reason">Why should other teams learn from it? (optional)</label>
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
            {state.state === 'returned' ? 'Nominate again' : 'Nominate as good practice'}
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
