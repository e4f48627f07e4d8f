// The prevention lead's queue: nominated problems with the completeness check, the way into the
// redaction review that publishes one, and the return with feedback; below, the published copies
// (out of date ones marked) with withdraw and review again.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { goodPracticeCompleteness } from '#domain/good-practice/completeness';
import { labelOf, problemTypes } from '#domain/vocabularies';
import { useWorkspace } from '#client/app/store';
import {
  GoodPracticeRefusedError,
  type GoodPracticeRepository,
  type NominationItem,
} from '#client/good-practice/contract';
import { PublishedCopies } from './PublishedCopies';

function Decision({ repository, item }: { repository: GoodPracticeRepository; item: NominationItem }) {
  const [feedback, setFeedback] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = item.problem.id;
  function giveBack(): void {
    if (feedback.trim() === '') {
      setMessage('Say what the team needs to change.');
      return;
    }
    setMessage(null);
    repository.decide(id, 'return', feedback.trim()).then(
      () => {
        setMessage('Returned to the team.');
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
    <div className="nomination__decision">
      <p>
        <Link className="button" to={`/good-practice/nominations/${id}/review`}>
          Review and publish
        </Link>
      </p>
      <div className="field">
        <label htmlFor={`feedback-${id}`}>Feedback for the team</label>
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
        Return with feedback
      </button>
      {message !== null && <p role="status">{message}</p>}
    </div>
  );
}

export function NominationsQueue({ repository }: { repository: GoodPracticeRepository }) {
  const { me } = useWorkspace();
  const [items, setItems] = useState<NominationItem[] | null>(null);
  useEffect(() => repository.watchQueue(setItems), [repository]);
  return (
    <>
      <title>Nominations — Good practice — Beatbook</title>
      <h1>Nominations</h1>
      <p>
        <Link to="/good-practice">Good practice library</Link>
      </p>
      {me.role === 'prevention_lead' && <PublishedCopies repository={repository} />}
      {me.role !== 'prevention_lead' ? (
        <p>Only a prevention lead decides on nominations.</p>
      ) : items === null ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">No nominations are waiting.</p>
      ) : (
        <ul className="nominations">
          {items.map((item) => {
            const check = goodPracticeCompleteness(item.problem, item.evaluation);
            return (
              <li key={item.nomination.id} className="nomination">
                <h2>{item.problem.title}</h2>
                <p>
                  {item.problem.reference ?? 'Not yet synced'} ·{' '}
                  {labelOf(problemTypes, item.problem.problemType)} · {item.actions.length} actions
                </p>
                {item.nomination.reason !== undefined && (
                  <p className="multiline">Team’s reason: {item.nomination.reason}</p>
                )}
                <h3>
                  Completeness: {check.met} of {check.total}
                </h3>
                <ul className="completeness">
                  {check.checks.map((c) => (
                    <li key={c.code}>
                      <span className={c.met ? 'check--met' : 'check--missing'}>{c.met ? '✓ ' : '✗ '}</span>
                      {c.en}
                      {c.met ? '' : `: ${c.missingEn}`}
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
