// The device position for an activity. Asked once, with a time limit, and never
// throwing: a denied permission, no fix, or no geolocation at all each come back as a reason the
// capture form explains, and the typed place still works. Saving never waits on this.
import type { LocateResult } from '#client/patrol/contract';

export const LOCATE_TIMEOUT_MS = 10_000;
/** A fix up to a minute old is as good as a new one for "where was I on patrol". */
const MAX_AGE_MS = 60_000;

/** PositionError codes (W3C Geolocation API): 1 denied, 2 unavailable, 3 timeout. */
function reasonOf(code: number): 'denied' | 'unavailable' | 'timeout' {
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

/** Typed as always present, but missing in some browsers, in insecure contexts and in tests. */
function deviceGeolocation(): Geolocation | null {
  const navigator = globalThis.navigator as Navigator | undefined;
  return navigator?.geolocation ?? null;
}

export function locate(
  geolocation: Geolocation | null = deviceGeolocation(),
  timeoutMs: number = LOCATE_TIMEOUT_MS,
): Promise<LocateResult> {
  if (geolocation === null) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: LocateResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    // Our own timer as well as the API's: some browsers never call back while the permission
    // prompt is left open, and the API's timeout only starts once it is answered.
    const timer = setTimeout(() => {
      settle({ ok: false, reason: 'timeout' });
    }, timeoutMs + 500);
    try {
      geolocation.getCurrentPosition(
        (position) => {
          settle({
            ok: true,
            lat: position.coords.latitude,
            lng: position.coords.longitude,
            accuracyM: Math.max(0, position.coords.accuracy),
          });
        },
        (error) => {
          settle({ ok: false, reason: reasonOf(error.code) });
        },
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: MAX_AGE_MS },
      );
    } catch {
      settle({ ok: false, reason: 'unavailable' });
    }
  });
}
