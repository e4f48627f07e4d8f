// The decision on one problem: retain with a reason and the next review date, or erase (confirmed).
import { todayInForce } from '#domain/dates';
import { useState } from 'react';
import type { RetentionItem } from '#domain/retention';
import { ApiError } from '#client/app/contract';
import { type RetentionRepository } from '#client/audit/contract';
import { useT } from '#client/i18n/index';

interface Props {
  item: RetentionItem;
  retention: RetentionRepository;
  onDecided: () => void;
}

export function RetentionDecisionForm({ item, retention, onDecided }: Props) {
  const t = useT();
  const id = item.problemId;
  const [reason, setReason] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function check(needDate: boolean): boolean {
    if (reason.trim().length < 3) {
      setError(t('retention.form.reasonMissing'));
      return false;
    }
    if (needDate && nextReviewDate <= todayInForce()) {
      setError(t('retention.form.dateAfterToday'));
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
        setStatus(decision === 'retain' ? t('retention.form.retained') : t('retention.form.erased'));
        onDecided();
      },
      (e: unknown) => {
        setError(e instanceof ApiError ? e.message : t('retention.form.sendFailed'));
      },
    );
  }

  return (
    <div className="retention-decision">
      <div className="field">
        <label htmlFor={`reason-${id}`}>{t('retention.form.reason')}</label>
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
        <label htmlFor={`next-${id}`}>{t('retention.form.nextReviewDate')}</label>
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
          {t('retention.form.retain')}
        </button>
        {!confirming && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (check(false)) setConfirming(true);
            }}
          >
            {t('retention.form.erase')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="retention-confirm" role="alert">
          <p>{t('retention.form.eraseWarning')}</p>
          <div className="retention-buttons">
            <button
              type="button"
              className="danger"
              onClick={() => {
                send('erase');
              }}
            >
              {t('retention.form.eraseNow')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('retention.form.keep')}
            </button>
          </div>
        </div>
      )}
      {status !== null && <p role="status">{status}</p>}
    </div>
  );
}
