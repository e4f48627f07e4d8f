// What the evaluation screen shows beside the counts: the period lengths, the measures from
// assessment.ts and their plain-English reading. Pure, so the screen only lays it out and the
// rules (which measure needs which counts, what a period must look like) are unit-tested here.
import {
  poissonZ,
  undefinedReasonText,
  wdqInterpretationText,
  weightedDisplacementDifference,
  weightedDisplacementQuotient,
  type Measure,
  type WddResult,
  type WdqResult,
} from '../assessment';
import type { AreaCountsFields, EvaluationFields } from './evaluations';

export type AreaName = 'response' | 'buffer' | 'control';
export const areaLabels: Readonly<Record<AreaName, string>> = {
  response: 'Response area',
  buffer: 'Buffer area',
  control: 'Comparison area',
};

interface Counts {
  before: number;
  after: number;
}

export interface PoissonReading {
  area: AreaName;
  z: number;
  reading: string;
}

export interface EvaluationView {
  /** Problems with the dates, each next to its field. */
  periodIssues: Partial<Record<'beforeEnd' | 'afterStart' | 'afterEnd', string>>;
  beforeDays?: number;
  afterDays?: number;
  /** How the periods are taken, in words. */
  periodNote: string;
  wdq: WdqResult | null;
  wdd: WddResult | null;
  /** Why the WDQ and WDD are not shown yet, when they are not. */
  waitingFor: string | null;
  poisson: PoissonReading[];
  /** The headline sentences, in order. */
  reading: string[];
}

const DAY = 86_400_000;

function days(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
}

function counts(area: AreaCountsFields | undefined): Counts | null {
  return area?.before === undefined || area.after === undefined
    ? null
    : { before: area.before, after: area.after };
}

/** A number as officers read it: whole numbers plain, others to two decimal places. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** A measure's value, or the reason it has none (never NaN). */
export function formatMeasure(measure: Measure): string {
  return measure.value === null ? undefinedReasonText[measure.reason] : formatNumber(measure.value);
}

function poissonReading(area: AreaName, c: Counts, z: number): string {
  const direction = c.after < c.before ? 'fell' : c.after > c.before ? 'rose' : 'did not change';
  const strength =
    Math.abs(z) >= 3
      ? 'a change this large is very unlikely to be chance'
      : Math.abs(z) >= 2
        ? 'a change this large is unlikely to be chance'
        : 'a change this small could well be chance';
  return `${areaLabels[area]}: incidents ${direction} (Z = ${formatNumber(z)}); ${strength}.`;
}

function periodsOf(
  e: EvaluationFields,
): Pick<EvaluationView, 'periodIssues' | 'beforeDays' | 'afterDays' | 'periodNote'> {
  const issues: EvaluationView['periodIssues'] = {};
  const beforeDays = days(e.beforeStart, e.beforeEnd);
  const afterDays = days(e.afterStart, e.afterEnd);
  if (beforeDays !== undefined && beforeDays < 1)
    issues.beforeEnd = 'The before period must end on or after its start.';
  if (afterDays !== undefined && afterDays < 1)
    issues.afterEnd = 'The after period must end on or after its start.';
  if (e.beforeEnd !== undefined && e.afterStart !== undefined && e.afterStart <= e.beforeEnd)
    issues.afterStart = 'The after period must start after the before period ends.';
  const ok = Object.keys(issues).length === 0;
  if (ok && beforeDays !== undefined && afterDays !== undefined) {
    const note =
      beforeDays === afterDays
        ? `Both periods are ${beforeDays} days long.`
        : `The periods differ (${beforeDays} days before, ${afterDays} after), so the after counts are scaled to the before period’s length.`;
    return { periodIssues: issues, beforeDays, afterDays, periodNote: note };
  }
  return {
    periodIssues: issues,
    periodNote: ok
      ? 'Without both periods’ dates, the periods are taken to be the same length.'
      : 'Correct the dates to calculate the measures.',
  };
}

export function evaluationView(e: EvaluationFields): EvaluationView {
  const periods = periodsOf(e);
  const view: EvaluationView = {
    ...periods,
    wdq: null,
    wdd: null,
    waitingFor: null,
    poisson: [],
    reading: [],
  };
  if (Object.keys(periods.periodIssues).length > 0) {
    view.waitingFor = periods.periodNote;
    return view;
  }
  const scale =
    periods.beforeDays !== undefined && periods.afterDays !== undefined
      ? { beforeDays: periods.beforeDays, afterDays: periods.afterDays }
      : undefined;
  const areas = { response: counts(e.response), buffer: counts(e.buffer), control: counts(e.control) };
  for (const area of ['response', 'buffer', 'control'] as const) {
    const c = areas[area];
    if (c === null) continue;
    const z = poissonZ(c.before, c.after, scale);
    view.poisson.push({ area, z, reading: poissonReading(area, c, z) });
  }
  const { response, buffer, control } = areas;
  if (response === null || buffer === null || control === null) {
    const missing = (['response', 'buffer', 'control'] as const).filter((a) => areas[a] === null);
    view.waitingFor = `Enter before and after counts for the ${missing.map((a) => areaLabels[a].toLowerCase()).join(', ')} to calculate the displacement measures.`;
    view.reading.push(...view.poisson.map((p) => p.reading));
    return view;
  }
  const withDays = (c: Counts) => (scale === undefined ? c : { ...c, ...scale });
  view.wdq = weightedDisplacementQuotient({
    response: withDays(response),
    buffer: withDays(buffer),
    control: withDays(control),
  });
  view.wdd = weightedDisplacementDifference({
    treated: withDays(response),
    treatedControl: withDays(control),
    displacement: withDays(buffer),
    displacementControl: withDays(control),
  });
  view.reading.push(wdqInterpretationText[view.wdq.interpretation]);
  const { estimate, ci95, z } = view.wdd;
  const change =
    estimate < 0
      ? `${formatNumber(-estimate)} fewer`
      : estimate > 0
        ? `${formatNumber(estimate)} more`
        : 'no change in';
  const chance =
    z.value === null
      ? undefinedReasonText[z.reason]
      : Math.abs(z.value) >= 1.96
        ? 'The change is unlikely to be chance (|Z| ≥ 1.96).'
        : 'The change could be chance (|Z| < 1.96).';
  view.reading.push(
    `Across the response and buffer areas, net of the comparison area: ${change} incidents (95% interval ${formatNumber(ci95[0])} to ${formatNumber(ci95[1])}). ${chance}`,
  );
  view.reading.push(...view.poisson.map((p) => p.reading));
  return view;
}
