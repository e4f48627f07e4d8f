// The decision on one problem: retain with a reason and the next review date, or erase (confirmed).
import { todayInForce } from '#domain/dates';
import { useState } from 'react';
import type { RetentionItem } from '#domain/retention';
import { ApiError } from '#client/app/contract';
import { type RetentionRepository } from '#client/audit/contract';

interface Props {
  item: RetentionItem;
  retention: RetentionRepository;
  onDecided: () => void;
}

export function RetentionDecisionForm({ item, retention, onDecided }: Props) {
  const id = item.problemId;
  const [reason, setReason] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function check(needDate: boolean): boolean {
    if (reason.trim().length < 3) {
      setError('Give the reason for the decision.');
      return false;
    }
    if (needDate && nextReviewDate <= todayInForce()) {
      setError('Choose a next review date after today.');
      return false;
    }
    setError(null);
    return true;
  }

  function send(decision: 'retain' | 'erase') {
    const body =
      decision === 'retain'
        ? { decision, reason: reason.trim(), nextReviewDate }
        : { decision, reason: reason.trim() };
    retention.decide(id, body).then(
      () => {
        setStatus(decision === 'retain' ? 'Retained.' : 'Erased.');
        onDecided();
      },
      (e: unknown) => {
        setError(
          e instanceof ApiError
            ? e.message
            : 'The decision could not be sent. Check the connection and try again.',
        );
      },
    );
  }

  return (
    <div className="retention-decision">
      <div className="field">
        <label htmlFor={`reason-${id}`}>Reason (no names)</label>
        <textarea
          id={`reason-${id}`}
          rows={2}
          value={reason}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `error-${id}` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`next-${id}`}>Next review date (to retain)</label>
        <input
          id={`next-${id}`}
          type="date"
          value={nextReviewDate}
          onChange={(e) => {
            setNextReviewDate(e.target.value);
          }}
        />
      </div>
      {error !== null && (
        <p className="field-error" id={`error-${id}`} role="alert">
          {error}
        </p>
      )}
      <div className="retention-buttons">
        <button
          type="button"
          onClick={() => {
            if (check(true)) send('retain');
          }}
        >
          Retain
        </button>
        {!confirming && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (check(false)) setConfirming(true);
            }}
          >
            Erase…
          </button>
        )}
      </div>
      {confirming && (
        <div className="retention-confirm" role="alert">
          <p>
            Erasing removes the personal content of this problem and everything linked to it, on the force
            database and on every device at its next sync. It cannot be undone.
          </p>
          <div className="retention-buttons">
            <button
              type="button"
              className="danger"
              onClick={() => {
                send('erase');
              }}
            >
              Erase now
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}
      {status !== null && <p role="status">{status}</p>}
    </div>
  );
}
