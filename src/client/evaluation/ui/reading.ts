// The evaluation's words in the officer's language: the domain's evaluationView gives the numbers
// (period lengths, measures, Z-scores, which interpretation applies); this says them. Pure (given
// the message function), so the wording is tested without a browser.
import type { Measure, UndefinedReason } from '#domain/assessment';
import type { EvaluationView } from '#domain/good-practice/evaluation-view';
import type { AreaCountsFields, EvaluationFields } from '#domain/good-practice/evaluations';
import type { TFunction } from '#client/i18n/index';
import { formatNumber } from '#client/i18n/format';

export type AreaName = 'response' | 'buffer' | 'control';
export const AREAS: readonly AreaName[] = ['response', 'buffer', 'control'];

/** A number as officers read it: whole numbers plain, others to two decimal places. */
export function numberText(value: number): string {
  return Number.isInteger(value)
    ? formatNumber(value)
    : formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

// Keyed by name, not code: catalogue keys ending _zero would read as plural forms.
const REASON_KEYS = {
  control_before_zero: 'evaluation.undefinedReason.controlBefore',
  control_after_zero: 'evaluation.undefinedReason.controlAfter',
  control_both_zero: 'evaluation.undefinedReason.controlBoth',
  success_measure_zero: 'evaluation.undefinedReason.successMeasure',
  no_incidents: 'evaluation.undefinedReason.noIncidents',
} as const satisfies Record<UndefinedReason, string>;

export function undefinedReasonText(t: TFunction, reason: UndefinedReason): string {
  return t(REASON_KEYS[reason]);
}

/** A measure's value, or the reason it has none (never NaN). */
export function measureText(t: TFunction, measure: Measure): string {
  return measure.value === null ? undefinedReasonText(t, measure.reason) : numberText(measure.value);
}

export function areaLabel(t: TFunction, area: AreaName): string {
  return t(`evaluation.area.${area}`);
}

/** The date problems, by the field they sit next to. */
export function periodIssueText(t: TFunction, field: keyof EvaluationView['periodIssues']): string {
  return t(`evaluation.period.issue.${field}`);
}

/** How the periods are taken, in words. */
export function periodNote(t: TFunction, view: EvaluationView): string {
  if (Object.keys(view.periodIssues).length > 0) return t('evaluation.period.correctDates');
  const { beforeDays, afterDays } = view;
  if (beforeDays === undefined || afterDays === undefined) return t('evaluation.period.sameLengthAssumed');
  return beforeDays === afterDays
    ? t('evaluation.period.same', { count: beforeDays })
    : t('evaluation.period.differ', { before: numberText(beforeDays), after: numberText(afterDays) });
}

/** Why the displacement measures are not shown yet, or null when they are. */
export function waitingFor(
  t: TFunction,
  view: EvaluationView,
  fields: Partial<EvaluationFields>,
): string | null {
  if (Object.keys(view.periodIssues).length > 0) return periodNote(t, view);
  if (view.wdq !== null) return null;
  const missing = AREAS.filter((area) => !complete(fields[area]));
  return t('evaluation.reading.enterCounts', {
    areas: missing.map((area) => areaLabel(t, area).toLowerCase()).join(', '),
  });
}

function complete(area: AreaCountsFields | undefined): area is { before: number; after: number } {
  return area?.before !== undefined && area.after !== undefined;
}

function poissonText(t: TFunction, area: AreaName, counts: AreaCountsFields | undefined, z: number): string {
  const before = counts?.before ?? 0;
  const after = counts?.after ?? 0;
  const direction = after < before ? 'fell' : after > before ? 'rose' : 'same';
  const strength = Math.abs(z) >= 3 ? 'veryUnlikely' : Math.abs(z) >= 2 ? 'unlikely' : 'couldBe';
  return t('evaluation.reading.poisson', {
    area: areaLabel(t, area),
    direction: t(`evaluation.reading.direction.${direction}`),
    z: numberText(z),
    strength: t(`evaluation.reading.strength.${strength}`),
  });
}

/** The headline sentences, in order: the WDQ's reading, the WDD's, then each area's change. */
export function readingLines(
  t: TFunction,
  view: EvaluationView,
  fields: Partial<EvaluationFields>,
): string[] {
  const lines: string[] = [];
  if (view.wdq !== null && view.wdd !== null) {
    lines.push(t(`evaluation.wdq.${view.wdq.interpretation}`));
    const { estimate, ci95, z } = view.wdd;
    const change =
      estimate < 0
        ? t('evaluation.reading.fewer', { value: numberText(-estimate) })
        : estimate > 0
          ? t('evaluation.reading.more', { value: numberText(estimate) })
          : t('evaluation.reading.noChange');
    const chance =
      z.value === null
        ? undefinedReasonText(t, z.reason)
        : Math.abs(z.value) >= 1.96
          ? t('evaluation.reading.unlikelyChance')
          : t('evaluation.reading.couldBeChance');
    lines.push(
      t('evaluation.reading.wdd', {
        change,
        low: numberText(ci95[0]),
        high: numberText(ci95[1]),
        chance,
      }),
    );
  }
  for (const p of view.poisson) lines.push(poissonText(t, p.area, fields[p.area], p.z));
  return lines;
}
