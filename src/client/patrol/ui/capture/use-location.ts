// Asks for the device position once when the form opens (and again on "Try again"). Saving never
// waits for it: a form saved while it is still looking is saved without a position.
import { useCallback, useEffect, useState } from 'react';
import type { LocateResult } from '#client/patrol/contract';
import type { LocateFailure } from './location-text';

export type LocationState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'found'; lat: number; lng: number; accuracyM: number }
  | { status: 'failed'; reason: LocateFailure };

export function useLocation(
  locate: () => Promise<LocateResult>,
  enabled: boolean,
): { location: LocationState; retry: () => void } {
  const [location, setLocation] = useState<LocationState>({ status: enabled ? 'locating' : 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled && attempt === 0) return;
    let active = true; // a late answer after leaving the form, or after "Try again", is ignored
    locate().then(
      (result) => {
        if (active)
          setLocation(
            result.ok ? { status: 'found', ...result } : { status: 'failed', reason: result.reason },
          );
      },
      () => {
        if (active) setLocation({ status: 'failed', reason: 'unavailable' });
      },
    );
    return () => {
      active = false;
    };
  }, [locate, enabled, attempt]);

  const retry = useCallback(() => {
    setLocation({ status: 'locating' });
    setAttempt((n) => n + 1);
  }, []);
  return { location, retry };
}
