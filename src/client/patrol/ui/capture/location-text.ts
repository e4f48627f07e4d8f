// What the capture form says about the device position, in the language in use.
import type { LocateResult } from '#client/patrol/contract';
import { formatNumber } from '#client/i18n/format';
import type { TFunction } from '#client/i18n/index';

/** "within 12 m", "within 1.2 km": how sure the position is, as an officer would say it. */
export function describeAccuracy(t: TFunction, accuracyM: number): string {
  if (accuracyM >= 1000)
    return t('patrol.capture.where.withinKilometres', {
      distance: formatNumber(accuracyM / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    });
  return t('patrol.capture.where.withinMetres', {
    distance: formatNumber(Math.max(1, Math.round(accuracyM))),
  });
}

export type LocateFailure = Exclude<LocateResult, { ok: true }>['reason'];

/** Why there is no position, and that the typed place still works. */
export function describeLocateFailure(t: TFunction, reason: LocateFailure): string {
  const why =
    reason === 'denied'
      ? t('patrol.capture.where.denied')
      : reason === 'timeout'
        ? t('patrol.capture.where.timeout')
        : reason === 'unsupported'
          ? t('patrol.capture.where.unsupported')
          : t('patrol.capture.where.unavailable');
  return `${why} ${t('patrol.capture.where.typeInstead')}`;
}
