// Retention review: closed problems of my teams by review date, and the decision on
// each: retain (with a reason and the next review date) or erase. Erasure removes the personal
// content everywhere, devices included, and cannot be undone, so it asks for confirmation.
import { useEffect, useState } from 'react';
import type { RetentionItem } from '#domain/retention';
import { useWorkspace } from '#client/app/store';
import { ApiError } from '#client/app/contract';
import { type RetentionRepository } from '#client/audit/contract';
import { RetentionDecisionForm } from './RetentionDecisionForm';

export function RetentionScreen() {
  const { retention } = useWorkspace();
  return (
    <section aria-labelledby="retention-title">
      <title>Retention reviews — Beatbook</title>
      <h1 id="retention-title">Retention reviews</h1>
      <RetentionQueue retention={retention} />
    </section>
  );
}

function RetentionQueue({ retention }: { retention: RetentionRepository }) {
  const [show, setShow] = useState<'due' | 'all'>('due');
  const [items, setItems] = useState<RetentionItem[] | null>(null);
  const [years, setYears] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    retention.queue(show).then(
      (q) => {
        if (!current) return;
        setItems(q.items);
        setYears(q.retentionYears);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(e instanceof ApiError ? e.message : 'The review queue could not be loaded.');
      },
    );
    return () => {
      current = false;
    };
  }, [retention, show, reload]);

  return (
    <>
      {years !== null && (
        <p className="field-hint">
          A closed problem is due for review {years} years after it closed, or on the date set when it was
          last retained.
        </p>
      )}
      <fieldset>
        <legend>Show</legend>
        <label>
          <input
            type="radio"
            name="show"
            checked={show === 'due'}
            onChange={() => {
              setShow('due');
            }}
          />{' '}
          Due for review
        </label>
        <label>
          <input
            type="radio"
            name="show"
            checked={show === 'all'}
            onChange={() => {
              setShow('all');
            }}
          />{' '}
          All closed problems
        </label>
      </fieldset>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {items === null && error === null && <p>Loading the review queue…</p>}
      {items !== null && items.length === 0 && (
        <p>No problems are {show === 'due' ? 'due for review' : 'closed'}.</p>
      )}
      <ul className="retention-list">
        {items?.map((item) => (
          <li key={item.problemId}>
            <h2>
              {item.reference ?? 'Not yet synced'}: {item.title}
            </h2>
            <p>
              Closed {item.closedAt.slice(0, 10)}. Review {item.due ? 'was due' : 'due'} {item.reviewDue}.
              {item.lastDecision !== null &&
                ` Last decision: ${item.lastDecision.decision} (${item.lastDecision.reason}) on ${item.lastDecision.decidedAt.slice(0, 10)}.`}
            </p>
            <RetentionDecisionForm
              item={item}
              retention={retention}
              onDecided={() => {
                setReload((n) => n + 1);
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
