import { useEffect, useId, useState } from 'react';
import type { ConflictNotice, ConflictsRepository } from '#client/app/contract';
import { Trans, useT, type TFunction } from '#client/i18n/index';
import { formatDateTime, problemFieldLabel, problemFieldValue } from './labels';

/** How a record's fields read in a notice: a problem's by default, an action's on an action. */
export interface FieldWords {
  /** What a delete deleted: the notice says "this problem" or "this action". */
  noun: 'problem' | 'action';
  label: (field: string) => string;
  value: (field: string, value: unknown) => string;
}

const problemWords: FieldWords = { noun: 'problem', label: problemFieldLabel, value: problemFieldValue };

function nameOf(name: string | null, id: string): string {
  return name ?? id;
}

/** The sentence that says what happened, from the signed-in officer's side. */
function headline(t: TFunction, n: ConflictNotice, words: FieldWords): string {
  const winner = nameOf(n.byName, n.by);
  const replaced = nameOf(n.replacedByName, n.replacedBy);
  if (n.field === 'deleted') {
    const names = { winner, replaced };
    if (words.noun === 'action') {
      if (n.involvement === 'replaced') return t('problems.conflicts.deleted.action.replaced', names);
      if (n.involvement === 'won') return t('problems.conflicts.deleted.action.won', names);
      return t('problems.conflicts.deleted.action.other', names);
    }
    if (n.involvement === 'replaced') return t('problems.conflicts.deleted.problem.replaced', names);
    if (n.involvement === 'won') return t('problems.conflicts.deleted.problem.won', names);
    return t('problems.conflicts.deleted.problem.other', names);
  }
  const field = words.label(n.field);
  if (n.involvement === 'replaced')
    return n.by === n.replacedBy
      ? t('problems.conflicts.replacedByOtherDevice', { field })
      : t('problems.conflicts.replaced', { field, winner });
  const value = words.value(n.field, n.replacedValue);
  if (n.involvement === 'won') return t('problems.conflicts.won', { field, replaced, value });
  return t('problems.conflicts.other', { field, winner, replaced, value });
}

interface NoticeProps {
  notice: ConflictNotice;
  conflicts: ConflictsRepository;
  words: FieldWords;
  onRestored: ((field: string, value: unknown) => void) | undefined;
}

function Notice({ notice, conflicts, words, onRestored }: NoticeProps) {
  const t = useT();
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
        setError(failure instanceof Error ? failure.message : t('problems.conflicts.failed'));
      },
    );
  };
  const canRestore = notice.involvement === 'replaced' && notice.field !== 'deleted';
  return (
    <li className="attention-item">
      <p className="attention-item__message" id={headingId}>
        {headline(t, notice, words)}
        {canRestore &&
          t('problems.conflicts.values', {
            yours: words.value(notice.field, notice.replacedValue),
            now: words.value(notice.field, notice.currentValue),
          })}
      </p>
      <p className="attention-item__meta">
        <Trans
          i18nKey="problems.conflicts.when"
          values={{ when: formatDateTime(notice.at) }}
          components={{ time: <time dateTime={notice.at} /> }}
        />
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
            {t('problems.conflicts.restore')}
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
          {t('problems.conflicts.dismiss')}
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
  heading,
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
  const t = useT();
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
  const title = heading ?? t('problems.conflicts.heading');
  return (
    <section aria-labelledby={headingId} className="conflicts">
      {level === 2 ? <h2 id={headingId}>{title}</h2> : <h3 id={headingId}>{title}</h3>}
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
