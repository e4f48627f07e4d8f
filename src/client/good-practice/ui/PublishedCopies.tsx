// The prevention lead's published copies: each marked "out of date" when its problem
// changed after publishing (the copy is never silently updated), with "review again" (the same
// redaction review, then publish) and "withdraw" (it disappears from every device at its next
// sync). A withdrawal needs a reason, which the team sees.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Published } from '#domain/good-practice/published';
import { GoodPracticeRefusedError, type GoodPracticeRepository } from '#client/good-practice/contract';

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
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  function withdraw(): void {
    if (reason.trim() === '') {
      setMessage('Say why it is withdrawn.');
      return;
    }
    repository.decide(copy.problemId, 'withdraw', reason.trim()).then(
      () => {
        setMessage(null);
        onWithdrawn(`“${copy.title}” withdrawn. It leaves every device at its next sync.`);
      },
      (error: unknown) => {
        setMessage(
          error instanceof GoodPracticeRefusedError
            ? error.message
            : 'The decision could not be saved on this device. Try again.',
        );
      },
    );
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`withdraw-${copy.id}`}>Why withdraw “{copy.title}”</label>
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
        Withdraw “{copy.title}”
      </button>
      {message !== null && <p role="status">{message}</p>}
    </>
  );
}

export function PublishedCopies({ repository }: { repository: GoodPracticeRepository }) {
  const [copies, setCopies] = useState<Published[] | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  useEffect(() => repository.watchPublished(setCopies), [repository]);
  if (copies === null || copies.length === 0)
    return withdrawn === null ? null : <p role="status">{withdrawn}</p>;
  return (
    <section aria-labelledby="published-copies">
      <h2 id="published-copies">Published copies</h2>
      {withdrawn !== null && <p role="status">{withdrawn}</p>}
      <ul className="published-copies">
        {copies.map((copy) => (
          <li key={copy.id}>
            <Link to={`/good-practice/${copy.id}`}>{copy.title}</Link> {copy.reference ?? ''}
            {copy.outOfDate === true && (
              <p className="check--missing">
                Out of date: the problem changed after this was published. The copy was not changed.
              </p>
            )}
            <p>
              <Link to={`/good-practice/nominations/${copy.problemId}/review`}>
                Review “{copy.title}” again and publish
              </Link>
            </p>
            <Withdraw repository={repository} copy={copy} onWithdrawn={setWithdrawn} />
          </li>
        ))}
      </ul>
    </section>
  );
}
