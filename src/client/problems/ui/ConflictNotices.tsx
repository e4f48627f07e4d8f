import { useEffect, useId, useState } from 'react';
import type { ConflictNotice, ConflictsRepository } from '#client/app/contract';
import { formatDateTime, problemFieldLabel, problemFieldValue } from './labels';

const quoted = (field: string, value: unknown): string => `“${problemFieldValue(field, value)}”`;

function nameOf(name: string | null, id: string): string {
  return name ?? id;
}

/** The sentence that says what happened, from the signed-in officer's side. */
function headline(n: ConflictNotice): string {
  const winner = nameOf(n.byName, n.by);
  const replaced = nameOf(n.replacedByName, n.replacedBy);
  if (n.field === 'deleted') {
    if (n.involvement === 'replaced') return `You deleted this problem; ${winner}’s change brought it back`;
    if (n.involvement === 'won') return `${replaced} deleted this problem; your change brought it back`;
    return `${replaced} deleted this problem; ${winner}’s change brought it back`;
  }
  const label = problemFieldLabel(n.field);
  if (n.involvement === 'replaced') {
    const by = n.by === n.replacedBy ? 'your change from another device' : winner;
    return `Your change to ${label} was replaced by ${by}`;
  }
  if (n.involvement === 'won')
    return `Your change to ${label} replaced ${replaced}’s ${quoted(n.field, n.replacedValue)}`;
  return `${winner}’s change to ${label} replaced ${replaced}’s ${quoted(n.field, n.replacedValue)}`;
}

function Notice({ notice, conflicts }: { notice: ConflictNotice; conflicts: ConflictsRepository }) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : 'That did not work. Try again.');
      },
    );
  };
  const canRestore = notice.involvement === 'replaced' && notice.field !== 'deleted';
  return (
    <li className="attention-item">
      <p className="attention-item__message" id={headingId}>
        {headline(notice)}
        {canRestore && (
          <>
            {' '}
            — yours: {quoted(notice.field, notice.replacedValue)}, now:{' '}
            {quoted(notice.field, notice.currentValue)}
          </>
        )}
      </p>
      <p className="attention-item__meta">
        Replaced <time dateTime={notice.at}>{formatDateTime(notice.at)}</time>
      </p>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="conflict-actions">
        {canRestore && (
          <button
            type="button"
            disabled={busy}
            aria-describedby={headingId}
            onClick={() => {
              act(() => conflicts.restore(notice.id));
            }}
          >
            Restore my value
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-describedby={headingId}
          onClick={() => {
            act(() => conflicts.dismiss(notice.id));
          }}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}

/** Values on this problem that concurrent edits replaced, with a way to put one's own back. */
export function ConflictNotices({
  conflicts,
  recordId,
}: {
  conflicts: ConflictsRepository;
  recordId: string;
}) {
  const [notices, setNotices] = useState<{ recordId: string; items: ConflictNotice[] } | null>(null);
  useEffect(
    () =>
      conflicts.watchForRecord(recordId, (items) => {
        setNotices({ recordId, items });
      }),
    [conflicts, recordId],
  );
  const items = notices?.recordId === recordId ? notices.items : [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading" className="conflicts">
      <h2 id="conflicts-heading">Changes replaced while syncing</h2>
      <ul className="attention-list">
        {items.map((notice) => (
          <Notice key={notice.id} notice={notice} conflicts={conflicts} />
        ))}
      </ul>
    </section>
  );
}
