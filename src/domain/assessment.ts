// Assessment maths for the A of SARA: did the response reduce incidents, and did crime move next
// door? Formulas and sources are in DOMAIN.md ("Assessment maths"). Pure functions, no I/O.
//
// Every measure that can have a zero denominator is a `Measure` (a value, or null with a reason
// code); nothing here returns NaN or Infinity. Unequal periods are scaled first: see
// ./assessment/periods.ts for the choice of common length.

import { known, notKnown, unsigned0, type Measure, type UndefinedReason } from './assessment/measure';
import { assertCount, assertDays, scaleToCommonPeriod, type AreaCounts } from './assessment/periods';

export { undefinedReasons, undefinedReasonText } from './assessment/measure';
export type { Measure, UndefinedReason } from './assessment/measure';
export { scaleToCommonPeriod } from './assessment/periods';
export type { AreaCounts, ScaledCounts } from './assessment/periods';

// ---- Weighted Displacement Quotient (Bowers & Johnson 2003) ----

export const wdqInterpretations = [
  'diffusion_greater_than_direct',
  'diffusion',
  'no_buffer_effect',
  'displacement_net_gain',
  'displacement_erased_benefit',
  'no_improvement',
  'not_calculable',
] as const;

export type WdqInterpretation = (typeof wdqInterpretations)[number];

// Keyed by code so a Welsh sentence can sit beside the English one later.
export const wdqInterpretationText: Readonly<Record<WdqInterpretation, string>> = {
  diffusion_greater_than_direct:
    'Crime fell in the response area relative to the comparison area, and the buffer area improved even more: a diffusion of benefits greater than the direct effect.',
  diffusion:
    'Crime fell in the response area relative to the comparison area, and the buffer area improved too: a diffusion of benefits.',
  no_buffer_effect:
    'Crime fell in the response area relative to the comparison area, and the buffer area did not change relative to the comparison area: no displacement and no diffusion.',
  displacement_net_gain:
    'Crime fell in the response area relative to the comparison area; some crime appears to have moved to the buffer area, but less than was prevented: a net gain.',
  displacement_erased_benefit:
    'Crime fell in the response area relative to the comparison area, but the buffer area worsened by as much or more: displacement erased the benefit.',
  no_improvement:
    'The response area did not improve relative to the comparison area, so the displacement quotient is not interpreted.',
  not_calculable:
    'The displacement quotient cannot be calculated for these counts; the reason is given with each measure.',
};

export interface WdqAreas {
  response: AreaCounts;
  buffer: AreaCounts;
  control: AreaCounts;
}

export interface WdqResult {
  /** Rb − Ra: incidents fewer after than before in the response area (positive is a fall). */
  grossEffect: number;
  /** Rb/Cb − Ra/Ca. */
  netEffect: Measure;
  /** Ra/Ca − Rb/Cb: below 0 means the response area improved relative to control. */
  successMeasure: Measure;
  /** Da/Ca − Db/Cb. */
  bufferMeasure: Measure;
  /** bufferMeasure / successMeasure. */
  wdq: Measure;
  /** [Rb·(Ca/Cb) − Ra] + [Db·(Ca/Cb) − Da]: incidents prevented across response and buffer. */
  totalNetEffect: Measure;
  interpretation: WdqInterpretation;
}

function controlReason(before: number, after: number): UndefinedReason | null {
  if (before === 0) return after === 0 ? 'control_both_zero' : 'control_before_zero';
  return after === 0 ? 'control_after_zero' : null;
}

// Bands from DOMAIN.md, applied to WDQ = n / s with s < 0. Comparing the cross-multiplied
// numerators instead of the divided value keeps the edges exact for whole-number counts: a
// quotient like 1.0000000000000002 cannot slip into the wrong band through rounding.
function classify(n: number, s: number): WdqInterpretation {
  if (n < s) return 'diffusion_greater_than_direct'; // WDQ > 1
  if (n < 0) return 'diffusion'; // 0 < WDQ ≤ 1
  if (n === 0) return 'no_buffer_effect'; // WDQ = 0
  if (n < -s) return 'displacement_net_gain'; // −1 < WDQ < 0
  return 'displacement_erased_benefit'; // WDQ ≤ −1
}

export function weightedDisplacementQuotient(areas: WdqAreas): WdqResult {
  const { response: r, buffer: d, control: c } = scaleToCommonPeriod(areas, 'response');
  const grossEffect = r.before - r.after;
  // TNE needs only Cb; when Ca = 0 the control suggests no incidents were expected after.
  const totalNetEffect =
    c.before === 0
      ? notKnown(c.after === 0 ? 'control_both_zero' : 'control_before_zero')
      : known(((r.before + d.before) * c.after) / c.before - (r.after + d.after));

  const reason = controlReason(c.before, c.after);
  if (reason !== null) {
    const none = notKnown(reason);
    return {
      grossEffect,
      netEffect: none,
      successMeasure: none,
      bufferMeasure: none,
      wdq: none,
      totalNetEffect,
      interpretation: 'not_calculable',
    };
  }

  // Each ratio difference is put over the common denominator Ca·Cb, so the numerators are exact
  // integers for unscaled counts and a measure is zero exactly when the counts say so.
  const cc = c.after * c.before;
  const s = r.after * c.before - r.before * c.after; // success measure × Ca·Cb
  const n = d.after * c.before - d.before * c.after; // buffer measure × Ca·Cb
  return {
    grossEffect,
    netEffect: known((r.before * c.after - r.after * c.before) / cc),
    successMeasure: known(s / cc),
    bufferMeasure: known(n / cc),
    wdq: s === 0 ? notKnown('success_measure_zero') : known(n / s),
    totalNetEffect,
    interpretation: s < 0 ? classify(n, s) : 'no_improvement',
  };
}

// ---- Weighted Displacement Difference (Wheeler & Ratcliffe 2018) ----

export interface WddAreas {
  treated: AreaCounts;
  treatedControl: AreaCounts;
  displacement: AreaCounts;
  displacementControl: AreaCounts;
}

export interface WddResult {
  /** ΔT − ΔCT + ΔD − ΔCD with Δ = after − before. Negative is a reduction. */
  estimate: number;
  variance: number;
  standardError: number;
  /** estimate / standardError; undefined when every count is zero. */
  z: Measure;
  ci95: [low: number, high: number];
}

export function weightedDisplacementDifference(areas: WddAreas): WddResult {
  const scaled = scaleToCommonPeriod(areas, 'treated');
  const { treated: t, treatedControl: tc, displacement: d, displacementControl: dc } = scaled;
  const estimate = unsigned0(
    t.after - t.before - (tc.after - tc.before) + (d.after - d.before) - (dc.after - dc.before),
  );
  // Each count is taken as Poisson, so Var(X) = X. A scaled count kX has Var(kX) = k²·X, which is
  // (kX)·k: with equal periods every k is 1 and this is the paper's plain sum of the eight counts.
  let variance = 0;
  for (const area of [t, tc, d, dc]) {
    variance += area.before * area.beforeFactor + area.after * area.afterFactor;
  }
  const standardError = Math.sqrt(variance);
  return {
    estimate,
    variance,
    standardError,
    z: variance === 0 ? notKnown('no_incidents') : known(estimate / standardError),
    ci95: [estimate - 1.96 * standardError, estimate + 1.96 * standardError],
  };
}

// ---- Poisson Z for one before/after pair (Wheeler) ----

/**
 * Z = 2·(√after − √before). The square root of a Poisson count has variance about 1/4, so this
 * is roughly standard normal when `before` stands for the expected (historical) count; |Z| ≥ 2
 * is worth a look, |Z| ≥ 3 is strong. 16 before, 25 after gives 2.
 *
 * Unequal periods: here the *before* count is scaled to the after period length
 * (Z = 2·(√after − √(before·afterDays/beforeDays))), the opposite of the WDQ/WDD choice. The
 * square-root transform only stabilises the variance of an unscaled Poisson count, and the after
 * count is the one being tested; scaling it instead would change its variance and overstate or
 * understate Z.
 */
export function poissonZ(
  before: number,
  after: number,
  periods?: { beforeDays: number; afterDays: number },
): number {
  assertCount('The before count', before);
  assertCount('The after count', after);
  let expected = before;
  if (periods !== undefined) {
    assertDays('The before period', periods.beforeDays);
    assertDays('The after period', periods.afterDays);
    expected = (before * periods.afterDays) / periods.beforeDays;
  }
  return unsigned0(2 * (Math.sqrt(after) - Math.sqrt(expected)));
}
