import { useEffect, useRef, useState } from 'react';
import { useT } from '#client/i18n/index';

interface DiscardControlProps {
  /** Says which change, for screen readers (the list may hold several). */
  label: string;
  onDiscard: () => Promise<void>;
}

/**
 * "Discard" asks first, inline (no window.confirm, which blocks the page and is easy to dismiss
 * by accident): "Discard this change?" with "Discard change" and "Keep it". Focus goes to "Keep
 * it", so a stray Enter keeps the officer's work.
 */
export function DiscardControl({ label, onDiscard }: DiscardControlProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) open.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  function discard(): void {
    setBusy(true);
    setFailed(false);
    onDiscard().catch(() => {
      setFailed(true);
      setBusy(false);
    });
  }

  if (!asking) {
    return (
      <button
        ref={open}
        type="button"
        className="secondary"
        aria-label={t('attention.discardLabel', { label })}
        onClick={() => {
          setAsking(true);
        }}
      >
        {t('attention.discard')}
      </button>
    );
  }
  const questionId = `discard-${label.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div className="discard-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        <strong>{t('attention.discardQuestion')}</strong> {t('attention.discardExplain')}
      </p>
      <button type="button" className="danger" onClick={discard} disabled={busy}>
        {t('attention.discardChange')}
      </button>
      <button
        ref={keep}
        type="button"
        className="secondary"
        onClick={() => {
          setAsking(false);
        }}
        disabled={busy}
      >
        {t('attention.keepIt')}
      </button>
      {failed && <p role="alert">{t('attention.discardFailed')}</p>}
    </div>
  );
}
