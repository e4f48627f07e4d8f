// Never lose typing: what the officer types is written to this device within a second. Saves are
// debounced (one write per pause, not per key) and flushed at once when a field loses focus, when
// the screen goes away (route change), and when the page is hidden or unloaded (app switched,
// tab closed), because a pending timer dies with the page.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave<T> {
  state: SaveState;
  /** Why the last save failed, if it did (SaveStatus says it in words). */
  error: SaveFailure | null;
  /** Remember `value` as the latest and save it after a pause. */
  schedule: (value: T) => void;
  /** Save the latest value now (on blur). */
  flush: () => void;
}

/** Why a save failed, said in words by SaveStatus (osara.save.*). */
export type SaveFailure = 'storageFull' | 'failed';

function failureOf(error: unknown): SaveFailure {
  return error instanceof Error && error.name === 'StorageFullError' ? 'storageFull' : 'failed';
}

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS): Autosave<T> {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<SaveFailure | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another, so an older value never lands after a newer one.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  const mounted = useRef(true);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    chain.current = chain.current.then(async () => {
      try {
        await saveRef.current(next.value);
        if (mounted.current && pending.current === null) setState('saved');
        if (mounted.current) setError(null);
      } catch (failure: unknown) {
        console.warn('A section could not be saved on this device.', failure);
        if (mounted.current) {
          setState('failed');
          setError(failureOf(failure));
        }
      }
    });
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('saving');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );

  useEffect(() => {
    mounted.current = true;
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      // Leaving the screen: write what is waiting rather than drop it.
      flush();
      mounted.current = false;
    };
  }, [flush]);

  return { state, error, schedule, flush };
}
