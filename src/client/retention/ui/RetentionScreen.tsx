// Retention review: closed problems of my teams by review date, and the decision on
// each: retain (with a reason and the next review date) or erase. Erasure removes the personal
// content everywhere, devices included, and cannot be undone, so it asks for confirmation.
import { useEffect, useState } from 'react';
import type { RetentionItem } from '#domain/retention';
import { useWorkspace } from '#client/app/store';
import { ApiError } from '#client/app/contract';
import { type RetentionRepository } from '#client/audit/contract';
import { useT, type TFunction } from '#client/i18n/index';
import { formatDate } from '#client/i18n/format';
import { RetentionDecisionForm } from './RetentionDecisionForm';

/** "Closed 5 Dec 2019. Review was due 5 Dec 2026. Last decision: retain (…) on 1 Dec 2025." */
function decisionSummary(t: TFunction, item: RetentionItem): string {
  const parts = [
    t('retention.closed', { date: formatDate(item.closedAt) }),
    item.due
      ? t('retention.reviewWasDue', { date: formatDate(item.reviewDue) })
      : t('retention.reviewDue', { date: formatDate(item.reviewDue) }),
  ];
  const last = item.lastDecision;
  if (last !== null)
    parts.push(
      t('retention.lastDecision', {
        decision: last.decision === 'retain' ? t('retention.decision.retain') : t('retention.decision.erase'),
        reason: last.reason,
        date: formatDate(last.decidedAt),
      }),
    );
  return parts.join(' ');
}

export function RetentionScreen() {
  const { retention } = useWorkspace();
  const t = useT();
  return (
    <section aria-labelledby="retention-title">
      <title>{t('app.title', { screen: t('retention.heading') })}</title>
      <h1 id="retention-title">{t('retention.heading')}</h1>
      <RetentionQueue retention={retention} />
    </section>
  );
}

function RetentionQueue({ retention }: { retention: RetentionRepository }) {
  const t = useT();
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
        if (current) setError(e instanceof ApiError ? e.message : t('retention.loadFailed'));
      },
    );
    return () => {
      current = false;
    };
  }, [retention, show, reload, t]);

  return (
    <>
      {years !== null && <p className="field-hint">{t('retention.intro', { count: years })}</p>}
      <fieldset>
        <legend>{t('retention.showLegend')}</legend>
        <label>
          <input
            type="radio"
            name="show"
            checked={show === 'due'}
            onChange={() => {
              setShow('due');
            }}
          />{' '}
          {t('retention.showDue')}
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
          {t('retention.showAll')}
        </label>
      </fieldset>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {items === null && error === null && <p>{t('retention.loading')}</p>}
      {items !== null && items.length === 0 && (
        <p>{show === 'due' ? t('retention.noneDue') : t('retention.noneClosed')}</p>
      )}
      <ul className="retention-list">
        {items?.map((item) => (
          <li key={item.problemId}>
            <h2>
              {t('retention.itemHeading', {
                reference: item.reference ?? t('problems.notYetSynced'),
                title: item.title,
              })}
            </h2>
            <p>{decisionSummary(t, item)}</p>
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
