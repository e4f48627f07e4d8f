import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  poissonZ,
  undefinedReasons,
  undefinedReasonText,
  weightedDisplacementDifference,
  weightedDisplacementQuotient,
  wdqInterpretations,
  wdqInterpretationText,
  type AreaCounts,
  type Measure,
  type WdqInterpretation,
} from '#domain/assessment';

const area = (before: number, after: number): AreaCounts => ({ before, after });

/** Every number anywhere in a result, so a NaN hidden in a nested field cannot slip through. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

function expectAllFinite(value: unknown): void {
  for (const n of numbersIn(value)) expect(Number.isFinite(n), `${n} is not finite`).toBe(true);
}

function expectUndefined(measure: Measure, reason: string): void {
  expect(measure).toEqual({ value: null, reason });
}

describe('weighted displacement quotient: worked example', () => {
  // Rb = 100, Ra = 60, Db = 50, Da = 36, Cb = 200, Ca = 180
  // GE      = 100 − 60                                   = 40
  // NE      = 100/200 − 60/180 = 0.5 − 1/3               = 1/6
  // success = 60/180 − 100/200 = 1/3 − 0.5               = −1/6
  // buffer  = 36/180 − 50/200  = 0.2 − 0.25              = −0.05
  // WDQ     = −0.05 / −(1/6)                             = 0.3   → diffusion of benefits
  // TNE     = [100·(180/200) − 60] + [50·(180/200) − 36] = 30 + 9 = 39
  const result = weightedDisplacementQuotient({
    response: area(100, 60),
    buffer: area(50, 36),
    control: area(200, 180),
  });

  it('computes every measure by hand', () => {
    expect(result.grossEffect).toBe(40);
    expect(result.netEffect.value).toBeCloseTo(1 / 6, 12);
    expect(result.successMeasure.value).toBeCloseTo(-1 / 6, 12);
    expect(result.bufferMeasure.value).toBeCloseTo(-0.05, 12);
    expect(result.wdq.value).toBeCloseTo(0.3, 12);
    expect(result.totalNetEffect.value).toBeCloseTo(39, 12);
    expect(result.interpretation).toBe('diffusion');
  });
});

describe('weighted displacement quotient: interpretation bands at their edges', () => {
  // Cb = Ca = 10 and Rb = 1000, Ra = 0, so success = −100 and WDQ = (Da − Db) / −1000.
  const cases: [shift: number, wdq: number, band: WdqInterpretation][] = [
    [-1001, 1.001, 'diffusion_greater_than_direct'],
    [-1000, 1, 'diffusion'],
    [-999, 0.999, 'diffusion'],
    [-1, 0.001, 'diffusion'],
    [0, 0, 'no_buffer_effect'],
    [1, -0.001, 'displacement_net_gain'],
    [999, -0.999, 'displacement_net_gain'],
    [1000, -1, 'displacement_erased_benefit'],
    [1001, -1.001, 'displacement_erased_benefit'],
  ];

  it.each(cases)('buffer shift %i gives WDQ %d: %s', (shift, wdq, band) => {
    const result = weightedDisplacementQuotient({
      response: area(1000, 0),
      buffer: area(2000, 2000 + shift),
      control: area(10, 10),
    });
    expect(result.successMeasure.value).toBe(-100);
    expect(result.wdq.value).toBeCloseTo(wdq, 12);
    expect(result.interpretation).toBe(band);
  });

  it('lands exactly on 1, 0 and −1 without rounding error', () => {
    const wdqFor = (db: number, da: number) =>
      weightedDisplacementQuotient({ response: area(30, 20), buffer: area(db, da), control: area(30, 30) })
        .wdq.value;
    expect(wdqFor(30, 20)).toBe(1);
    expect(Object.is(wdqFor(30, 30), 0)).toBe(true); // +0, never −0
    expect(wdqFor(20, 30)).toBe(-1);
  });
});

describe('weighted displacement quotient: no improvement', () => {
  it('treats a success measure of exactly 0 as no improvement with no quotient', () => {
    // 10/20 before and 5/10 after: the same share of the comparison area's incidents.
    const result = weightedDisplacementQuotient({
      response: area(10, 5),
      buffer: area(8, 4),
      control: area(20, 10),
    });
    expect(result.successMeasure).toEqual({ value: 0 });
    expect(result.netEffect).toEqual({ value: 0 });
    expectUndefined(result.wdq, 'success_measure_zero');
    expect(result.interpretation).toBe('no_improvement');
    expectAllFinite(result);
  });

  it('does not interpret the quotient when the response area got worse relative to control', () => {
    // success = 1001/10 − 1000/10 = 0.1; buffer = 990/10 − 1000/10 = −1; WDQ = −10.
    const result = weightedDisplacementQuotient({
      response: area(1000, 1001),
      buffer: area(1000, 990),
      control: area(10, 10),
    });
    expect(result.successMeasure.value).toBeCloseTo(0.1, 12);
    expect(result.wdq.value).toBeCloseTo(-10, 12);
    expect(result.interpretation).toBe('no_improvement');
  });
});

describe('weighted displacement quotient: zero denominators', () => {
  const ratios = ['netEffect', 'successMeasure', 'bufferMeasure', 'wdq'] as const;

  it('Cb = 0: every ratio and the total net effect are undefined, the gross effect is not', () => {
    const result = weightedDisplacementQuotient({
      response: area(10, 4),
      buffer: area(6, 3),
      control: area(0, 5),
    });
    for (const key of ratios) expectUndefined(result[key], 'control_before_zero');
    expectUndefined(result.totalNetEffect, 'control_before_zero');
    expect(result.grossEffect).toBe(6);
    expect(result.interpretation).toBe('not_calculable');
    expectAllFinite(result);
  });

  it('Ca = 0: every ratio is undefined but the total net effect still is', () => {
    // TNE = [10·(0/5) − 4] + [6·(0/5) − 3] = −7
    const result = weightedDisplacementQuotient({
      response: area(10, 4),
      buffer: area(6, 3),
      control: area(5, 0),
    });
    for (const key of ratios) expectUndefined(result[key], 'control_after_zero');
    expect(result.totalNetEffect).toEqual({ value: -7 });
    expect(result.interpretation).toBe('not_calculable');
    expectAllFinite(result);
  });

  it('Cb = Ca = 0: says the comparison area had nothing in either period', () => {
    const result = weightedDisplacementQuotient({
      response: area(0, 0),
      buffer: area(0, 0),
      control: area(0, 0),
    });
    for (const key of ratios) expectUndefined(result[key], 'control_both_zero');
    expectUndefined(result.totalNetEffect, 'control_both_zero');
    expect(result.grossEffect).toBe(0);
    expectAllFinite(result);
  });
});

describe('weighted displacement difference', () => {
  it('matches a hand-worked example', () => {
    // ΔT = 30 − 50 = −20, ΔCT = 38 − 40 = −2, ΔD = 33 − 30 = 3, ΔCD = 18 − 17 = 1
    // WDD = −20 − (−2) + 3 − 1 = −16 (a reduction of 16 incidents)
    // variance = 50 + 30 + 40 + 38 + 30 + 33 + 17 + 18 = 256, SE = 16, Z = −16/16 = −1
    // 95% CI = −16 ± 1.96·16 = −16 ± 31.36 = [−47.36, 15.36]
    const result = weightedDisplacementDifference({
      treated: area(50, 30),
      treatedControl: area(40, 38),
      displacement: area(30, 33),
      displacementControl: area(17, 18),
    });
    expect(result.estimate).toBe(-16);
    expect(result.variance).toBe(256);
    expect(result.standardError).toBe(16);
    expect(result.z).toEqual({ value: -1 });
    expect(result.ci95[0]).toBeCloseTo(-47.36, 10);
    expect(result.ci95[1]).toBeCloseTo(15.36, 10);
  });

  it('gives no Z-score when every count is zero', () => {
    const zero = area(0, 0);
    const result = weightedDisplacementDifference({
      treated: zero,
      treatedControl: zero,
      displacement: zero,
      displacementControl: zero,
    });
    expect(result.estimate).toBe(0);
    expect(result.variance).toBe(0);
    expectUndefined(result.z, 'no_incidents');
    expect(result.ci95).toEqual([0, 0]);
    expectAllFinite(result);
  });
});

describe('Poisson Z', () => {
  it('gives 2.0 for 16 before and 25 after (DOMAIN.md)', () => {
    expect(poissonZ(16, 25)).toBe(2);
  });

  it('is negative for a fall and exactly 0 with no change', () => {
    expect(poissonZ(25, 16)).toBe(-2);
    expect(Object.is(poissonZ(0, 0), 0)).toBe(true);
  });

  it('scales the before count to the after period when periods differ', () => {
    // 16 in 30 days → 32 expected in 60 days; Z = 2·(√50 − √32) = 2·(5√2 − 4√2) = 2√2
    expect(poissonZ(16, 50, { beforeDays: 30, afterDays: 60 })).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(poissonZ(16, 25, { beforeDays: 28, afterDays: 28 })).toBe(2);
  });
});

describe('unequal periods', () => {
  const days = (before: number, after: number): AreaCounts => ({
    before,
    after,
    beforeDays: 30,
    afterDays: 60,
  });

  it('WDQ: a 30-day before and 60-day after period equals the same counts with after halved', () => {
    const scaled = weightedDisplacementQuotient({
      response: days(100, 120),
      buffer: days(50, 72),
      control: days(200, 360),
    });
    const halved = weightedDisplacementQuotient({
      response: area(100, 60),
      buffer: area(50, 36),
      control: area(200, 180),
    });
    expect(scaled).toEqual(halved);
    expect(scaled.grossEffect).toBe(40);
  });

  it('WDD: estimate uses halved after counts and each after count adds a quarter of itself to the variance', () => {
    // Halved: ΔT = 30 − 50, ΔCT = 38 − 40, ΔD = 33 − 30, ΔCD = 18 − 17 → WDD = −16 as before.
    // Var(X/2) = X/4: 50 + 40 + 30 + 17 + (60 + 76 + 66 + 36)/4 = 137 + 59.5 = 196.5
    const result = weightedDisplacementDifference({
      treated: days(50, 60),
      treatedControl: days(40, 76),
      displacement: days(30, 66),
      displacementControl: days(17, 36),
    });
    expect(result.estimate).toBe(-16);
    expect(result.variance).toBe(196.5);
    expect(result.standardError).toBeCloseTo(Math.sqrt(196.5), 12);
  });

  it('scales every area to the response area before period', () => {
    // Control counted over 60 + 60 days: both its counts are halved to the 30-day reference.
    const mixed = weightedDisplacementQuotient({
      response: days(100, 120),
      buffer: days(50, 72),
      control: { before: 400, after: 360, beforeDays: 60, afterDays: 60 },
    });
    const halved = weightedDisplacementQuotient({
      response: area(100, 60),
      buffer: area(50, 36),
      control: area(200, 180),
    });
    expect(mixed).toEqual(halved);
  });

  it('refuses period lengths for some areas but not others, or only one side of an area', () => {
    expect(() =>
      weightedDisplacementQuotient({ response: days(1, 1), buffer: area(1, 1), control: days(1, 1) }),
    ).toThrow(/every area or for none/);
    expect(() =>
      weightedDisplacementQuotient({
        response: { before: 1, after: 1, beforeDays: 30 },
        buffer: area(1, 1),
        control: area(1, 1),
      }),
    ).toThrow(/both period lengths/);
  });
});

describe('input validation', () => {
  const bad = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1];

  it.each(bad)('rejects count %d with a RangeError', (count) => {
    expect(() =>
      weightedDisplacementQuotient({ response: area(count, 1), buffer: area(1, 1), control: area(1, 1) }),
    ).toThrow(RangeError);
    expect(() =>
      weightedDisplacementDifference({
        treated: area(1, 1),
        treatedControl: area(1, 1),
        displacement: area(1, 1),
        displacementControl: area(1, count),
      }),
    ).toThrow(/displacementControl after count must be a whole number of incidents/);
    expect(() => poissonZ(count, 1)).toThrow(RangeError);
    expect(() => poissonZ(1, count)).toThrow(/after count/);
  });

  it.each([0, -30, 1.5, Number.NaN])('rejects a period of %d days', (d) => {
    expect(() =>
      weightedDisplacementQuotient({
        response: { before: 1, after: 1, beforeDays: 30, afterDays: d },
        buffer: { before: 1, after: 1, beforeDays: 30, afterDays: 30 },
        control: { before: 1, after: 1, beforeDays: 30, afterDays: 30 },
      }),
    ).toThrow(/response after period must be a whole number of days/);
    expect(() => poissonZ(1, 1, { beforeDays: d, afterDays: 30 })).toThrow(RangeError);
  });
});

describe('closed sets of codes', () => {
  it('has an English sentence for every interpretation and every undefined reason, and nothing more', () => {
    expect(Object.keys(wdqInterpretationText).sort()).toEqual([...wdqInterpretations].sort());
    expect(Object.keys(undefinedReasonText).sort()).toEqual([...undefinedReasons].sort());
    for (const text of [...Object.values(wdqInterpretationText), ...Object.values(undefinedReasonText)]) {
      expect(text).toMatch(/^[A-Z].{20,}\.$/);
    }
  });
});

describe('properties', () => {
  const count = fc.oneof(fc.nat({ max: 20 }), fc.maxSafeNat());
  const period = fc.oneof(
    fc.integer({ min: 1, max: 400 }),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  );
  // Either every area has period lengths or none does, as the functions require.
  function areas<K extends string>(names: readonly K[]): fc.Arbitrary<Record<K, AreaCounts>> {
    return fc.boolean().chain((withDays) => {
      const one: fc.Arbitrary<AreaCounts> = withDays
        ? fc.record({ before: count, after: count, beforeDays: period, afterDays: period })
        : fc.record({ before: count, after: count });
      const byName = Object.fromEntries(names.map((name) => [name, one])) as Record<
        K,
        fc.Arbitrary<AreaCounts>
      >;
      return fc.record(byName) as fc.Arbitrary<Record<K, AreaCounts>>;
    });
  }
  const settings = { seed: 42, numRuns: 300 };

  function expectWellFormed(result: object): void {
    expectAllFinite(result);
    for (const value of Object.values(result) as unknown[]) {
      if (typeof value === 'object' && value !== null && 'value' in value && value.value === null) {
        expect(undefinedReasons).toContain('reason' in value ? value.reason : undefined);
      }
    }
  }

  it('WDQ never yields NaN or ±Infinity, and every missing value has a reason', () => {
    fc.assert(
      fc.property(areas(['response', 'buffer', 'control'] as const), (input) => {
        expectWellFormed(weightedDisplacementQuotient(input));
      }),
      settings,
    );
  });

  it('WDD never yields NaN or ±Infinity, and every missing value has a reason', () => {
    fc.assert(
      fc.property(
        areas(['treated', 'treatedControl', 'displacement', 'displacementControl'] as const),
        (input) => {
          expectWellFormed(weightedDisplacementDifference(input));
        },
      ),
      settings,
    );
  });

  it('Poisson Z is always finite', () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.option(fc.record({ beforeDays: period, afterDays: period })),
        (b, a, p) => {
          expectAllFinite(p === null ? poissonZ(b, a) : poissonZ(b, a, p));
        },
      ),
      settings,
    );
  });

  it('the WDQ band always agrees with the quotient when the response area improved', () => {
    const small = fc.nat({ max: 10_000 });
    const smallArea = fc.record({ before: small, after: small });
    fc.assert(
      fc.property(smallArea, smallArea, smallArea, (response, buffer, control) => {
        const { wdq, successMeasure, interpretation } = weightedDisplacementQuotient({
          response,
          buffer,
          control,
        });
        if (wdq.value === null || successMeasure.value === null || successMeasure.value >= 0) return;
        const expected: WdqInterpretation =
          wdq.value > 1
            ? 'diffusion_greater_than_direct'
            : wdq.value > 0
              ? 'diffusion'
              : wdq.value === 0
                ? 'no_buffer_effect'
                : wdq.value > -1
                  ? 'displacement_net_gain'
                  : 'displacement_erased_benefit';
        expect(interpretation).toBe(expected);
      }),
      settings,
    );
  });
});
