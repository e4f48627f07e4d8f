// A long list shown a page at a time, so 300 problems stay quick on a phone: the first page, then
// "Show more" adds the next. Give it a `key` that changes with the filter to start again at the top.
import { useState, type ReactNode } from 'react';
import { useT } from '#client/i18n/index';

export const PAGE_SIZE = 50;

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  className: string;
  label: string;
  pageSize?: number;
}

export function PagedList<T>({ items, itemKey, render, className, label, pageSize = PAGE_SIZE }: Props<T>) {
  const t = useT();
  const [shown, setShown] = useState(pageSize);
  const visible = items.slice(0, shown);
  const left = items.length - visible.length;
  return (
    <>
      <ul className={className} aria-label={label}>
        {visible.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {left > 0 && (
        <p className="triage-more">
          {t('problems.triage.showing', { shown: visible.length, total: items.length })}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setShown((n) => n + pageSize);
            }}
          >
            {t('problems.triage.showMore', { count: Math.min(pageSize, left) })}
          </button>
        </p>
      )}
    </>
  );
}
