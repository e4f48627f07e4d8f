import { useEffect, useState } from 'react';
import type { NeedsAttentionItem } from '../contract';
import { useWorkspace } from '../app-context';
import { formatDateTime } from '../problems/labels';

function showValue(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/** Changes the force database refused. The data stays here so the officer can redo it. */
export function NeedsAttention() {
  const workspace = useWorkspace();
  const [items, setItems] = useState<NeedsAttentionItem[] | undefined>(undefined);
  const { sync } = workspace;
  useEffect(() => sync.watchNeedsAttention(setItems), [sync]);

  return (
    <>
      <h1>Changes that need attention</h1>
      <p>The force database did not accept these changes. What you entered is kept below.</p>
      {items === undefined ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">Nothing needs attention.</p>
      ) : (
        <ul className="attention-list">
          {items.map((item) => (
            <li key={item.mutationId} className="attention-item">
              <p className="attention-item__message">{item.message}</p>
              <p className="attention-item__meta">
                Saved <time dateTime={item.at}>{formatDateTime(item.at)}</time> · {item.collection} record{' '}
                {item.recordId}
              </p>
              <dl className="details">
                {Object.entries(item.changes).map(([field, value]) => (
                  <div key={field}>
                    <dt>{field}</dt>
                    <dd className="multiline">{showValue(value)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
