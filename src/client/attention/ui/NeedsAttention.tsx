import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { NeedsAttentionItem } from '#client/app/contract';
import { useWorkspace } from '#client/app/store';
import { formatDateTime, problemFieldLabel, problemFieldValue } from '#client/problems/ui/labels';
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
      <title>Changes that need attention — Beatbook</title>
      <h1>Changes that need attention</h1>
      <p>
        The force database did not accept these changes. What you entered is kept below: fix it and send it
        again, or discard it to go back to the force database's copy.
      </p>
      {items === undefined ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">Nothing needs attention.</p>
      ) : (
        <ul className="attention-list">
          {items.map((item) => (
            <li key={item.mutationId} className="attention-item">
              <p className="attention-item__message">{errorText(t, item.code)}</p>
              <p className="attention-item__meta">
                Saved <time dateTime={item.at}>{formatDateTime(item.at)}</time> · {item.collection} record{' '}
                {item.recordId}
              </p>
              {item.collection === 'problems' && (
                <p>
                  <Link to={`/problems/${item.recordId}`}>Open this problem</Link>
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
                    Fix and resend
                  </Link>
                )}
                <DiscardControl
                  label={`change saved ${formatDateTime(item.at)}`}
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
