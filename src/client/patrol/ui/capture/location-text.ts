// What the capture form says about the device position.
import type { LocateResult } from '#client/patrol/contract';

/** "within 12 m", "within 1.2 km": how sure the position is, as an officer would say it. */
export function describeAccuracy(accuracyM: number): string {
  if (accuracyM >= 1000) return `within ${(accuracyM / 1000).toFixed(1)} km`;
  return `within ${Math.max(1, Math.round(accuracyM))} m`;
}

export type LocateFailure = Exclude<LocateResult, { ok: true }>['reason'];

/** Why there is no position, and that the typed place still works. */
export function describeLocateFailure(reason: LocateFailure): string {
  const after = 'Type the street or place instead; you can still save.';
  switch (reason) {
    case 'denied':
      return `Location is turned off for Beatbook, so no position is recorded. ${after}`;
    case 'timeout':
      return `The device could not find its position in time. ${after}`;
    case 'unsupported':
      return `This device cannot give a position. ${after}`;
    default:
      return `The device position is not available right now. ${after}`;
  }
}
