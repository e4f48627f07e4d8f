import { useEffect, useRef, useState } from 'react';

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
        aria-label={`Discard: ${label}`}
        onClick={() => {
          setAsking(true);
        }}
      >
        Discard
      </button>
    );
  }
  const questionId = `discard-${label.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div className="discard-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        <strong>Discard this change?</strong> The record goes back to the copy the force database holds. This
        cannot be undone.
      </p>
      <button type="button" className="danger" onClick={discard} disabled={busy}>
        Discard change
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
        Keep it
      </button>
      {failed && <p role="alert">The change could not be discarded on this device. Try again.</p>}
    </div>
  );
}
