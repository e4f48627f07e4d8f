import { useEffect, useId, useState } from 'react';
import type { ConflictNotice, ConflictsRepository } from '#client/app/contract';
import { formatDateTime, problemFieldLabel, problemFieldValue } from './labels';

/** How a record's fields read in a notice: a problem's by default, an action's on an action. */
export interface FieldWords {
  /** "problem", "action": what a delete deleted. */
  noun: string;
  label: (field: string) => string;
  value: (field: string, value: unknown) => string;
}

const problemWords: FieldWords = { noun: 'problem', label: problemFieldLabel, value: problemFieldValue };

function nameOf(name: string | null, id: string): string {
  return name ?? id;
}

/** The sentence that says what happened, from the signed-in officer's side. */
function headline(n: ConflictNotice, words: FieldWords): string {
  const quoted = (field: string, value: unknown): string => `“${words.value(field, value)}”`;
  const winner = nameOf(n.byName, n.by);
  const replaced = nameOf(n.replacedByName, n.replacedBy);
  const noun = words.noun;
  if (n.field === 'deleted') {
    if (n.involvement === 'replaced') return `You deleted this ${noun}; ${winner}’s change brought it back`;
    if (n.involvement === 'won') return `${replaced} deleted this ${noun}; your change brought it back`;
    return `${replaced} deleted this ${noun}; ${winner}’s change brought it back`;
  }
  const label = words.label(n.field);
  if (n.involvement === 'replaced') {
    const by = n.by === n.replacedBy ? 'your change from another device' : winner;
    return `Your change to ${label} was replaced by ${by}`;
  }
  if (n.involvement === 'won')
    return `Your change to ${label} replaced ${replaced}’s ${quoted(n.field, n.replacedValue)}`;
  return `${winner}’s change to ${label} replaced ${replaced}’s ${quoted(n.field, n.replacedValue)}`;
}

interface NoticeProps {
  notice: ConflictNotice;
  conflicts: ConflictsRepository;
  words: FieldWords;
  onRestored: ((field: string, value: unknown) => void) | undefined;
}

function Notice({ notice, conflicts, words, onRestored }: NoticeProps) {
  const quoted = (field: string, value: unknown): string => `“${words.value(field, value)}”`;
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
        {headline(notice, words)}
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
              act(async () => {
                await conflicts.restore(notice.id);
                onRestored?.(notice.field, notice.replacedValue);
              });
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

/**
 * Values on this record (a problem, or an action) that concurrent edits replaced, with a way to
 * put one's own back. `onRestored` lets an open editor take the restored value into its form.
 */
export function ConflictNotices({
  conflicts,
  recordId,
  words = problemWords,
  heading = 'Changes replaced while syncing',
  level = 2,
  onRestored,
}: {
  conflicts: ConflictsRepository;
  recordId: string;
  words?: FieldWords;
  heading?: string;
  /** The heading's level where the notices sit (2 on a problem, 3 inside an action). */
  level?: 2 | 3;
  onRestored?: (field: string, value: unknown) => void;
}) {
  const headingId = useId();
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
    <section aria-labelledby={headingId} className="conflicts">
      {level === 2 ? <h2 id={headingId}>{heading}</h2> : <h3 id={headingId}>{heading}</h3>}
      <ul className="attention-list">
        {items.map((notice) => (
          <Notice
            key={notice.id}
            notice={notice}
            conflicts={conflicts}
            words={words}
            onRestored={onRestored}
          />
        ))}
      </ul>
    </section>
  );
}
