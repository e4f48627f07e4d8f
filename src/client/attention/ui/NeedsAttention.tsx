import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { NeedsAttentionItem } from '#client/app/contract';
import { useWorkspace } from '#client/app/store';
import { problemFieldLabel, problemFieldValue } from '#client/problems/ui/labels';
import { formatDateTime } from '#client/i18n/format';
import { errorText, useT } from '#client/i18n/index';
import { DiscardControl } from './DiscardControl';
import './attention.css';

/** Changes the force database refused. The data stays here so the officer can redo it. */
export function NeedsAttention() {
  const t = useT();
  const workspace = useWorkspace();
  const [items, setItems] = useState<NeedsAttentionItem[] | undefined>(undefined);
  const { sync } = workspace;
  useEffect(() => sync.watchNeedsAttention(setItems), [sync]);

  return (
    <>
      <title>{t('app.title', { screen: t('attention.title') })}</title>
      <h1>{t('attention.title')}</h1>
      <p>{t('attention.intro')}</p>
      {items === undefined ? (
        <p>{t('attention.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('attention.empty')}</p>
      ) : (
        <ul className="attention-list">
          {items.map((item) => (
            <li key={item.mutationId} className="attention-item">
              <p className="attention-item__message">{errorText(t, item.code)}</p>
              <p className="attention-item__meta">
                <time dateTime={item.at}>
                  {t('attention.saved', {
                    when: formatDateTime(item.at),
                    collection: item.collection,
                    id: item.recordId,
                  })}
                </time>
              </p>
              {item.collection === 'problems' && (
                <p>
                  <Link to={`/problems/${item.recordId}`}>{t('attention.openProblem')}</Link>
                </p>
              )}
              <dl className="details">
                {Object.entries(item.changes).map(([field, value]) => (
                  <div key={field}>
                    <dt>{item.collection === 'problems' ? problemFieldLabel(field) : field}</dt>
                    <dd className="multiline">{problemFieldValue(field, value)}</dd>
                  </div>
                ))}
              </dl>
              <div className="attention-item__actions">
                {item.collection === 'problems' && (
                  <Link
                    className="button-link"
                    to={`/problems/${item.recordId}/edit?resend=${encodeURIComponent(item.mutationId)}`}
                  >
                    {t('attention.fixAndResend')}
                  </Link>
                )}
                <DiscardControl
                  label={t('attention.changeSaved', { when: formatDateTime(item.at) })}
                  onDiscard={() => sync.discardAttention(item.mutationId)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
