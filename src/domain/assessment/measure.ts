// A measure that may be undefined. Ratios against a comparison area with no incidents, a quotient
// whose denominator is zero, or a Z-score with no variance have no value: the app shows the
// reason in words rather than `NaN` or `Infinity`, which officers would read as a real number.

export const undefinedReasons = [
  'control_before_zero',
  'control_after_zero',
  'control_both_zero',
  'success_measure_zero',
  'no_incidents',
] as const;

export type UndefinedReason = (typeof undefinedReasons)[number];

// Keyed by code so a Welsh sentence can sit beside the English one later.
export const undefinedReasonText: Readonly<Record<UndefinedReason, string>> = {
  control_before_zero:
    'The comparison area had no incidents before the response, so ratios against it cannot be calculated.',
  control_after_zero:
    'The comparison area had no incidents after the response, so ratios against it cannot be calculated.',
  control_both_zero:
    'The comparison area had no incidents before or after the response, so ratios against it cannot be calculated.',
  success_measure_zero:
    'The response area changed in step with the comparison area, so there is no direct effect to weigh the buffer area against and the quotient cannot be calculated.',
  no_incidents:
    'There were no incidents in any area in either period, so there is no variation to test and the Z-score cannot be calculated.',
};

export type Measure = { value: number; reason?: never } | { value: null; reason: UndefinedReason };

/** `-0` becomes `0`, so a display never shows "-0" and `0` compares equal everywhere. */
export function unsigned0(value: number): number {
  return value === 0 ? 0 : value;
}

export function known(value: number): Measure {
  return { value: unsigned0(value) };
}

export function notKnown(reason: UndefinedReason): Measure {
  return { value: null, reason };
}
