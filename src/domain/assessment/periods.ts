// Input checks and scaling of unequal periods to a common length.
//
// Choice: every count is expressed per length of the reference area's *before* period (the
// response or treated area). In the usual set-up every area shares the same two periods, so this
// leaves before counts untouched and scales each after count by beforeDays / afterDays (30 days
// before, 60 after: after counts are halved). Scaling every area to the same reference keeps
// ratios between areas meaningful even if an area was counted over different dates.
//
// Bad input throws a RangeError rather than returning a typed error: forms validate counts before
// they reach these functions, so a bad count here is a programming error, not an officer's.

export type AreaCounts = { before: number; after: number; beforeDays?: number; afterDays?: number };

/** Counts on the common period length, with the factor each was multiplied by. */
export interface ScaledCounts {
  readonly before: number;
  readonly after: number;
  readonly beforeFactor: number;
  readonly afterFactor: number;
}

// Safe integers keep every product and quotient in the maths finite (at most about 2^265).
export function assertCount(label: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a whole number of incidents, 0 or more (got ${String(value)}).`);
  }
}

export function assertDays(label: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`${label} must be a whole number of days, 1 or more (got ${String(value)}).`);
  }
}

function assertArea(name: string, area: AreaCounts): void {
  assertCount(`The ${name} before count`, area.before);
  assertCount(`The ${name} after count`, area.after);
  if (area.beforeDays !== undefined) assertDays(`The ${name} before period`, area.beforeDays);
  if (area.afterDays !== undefined) assertDays(`The ${name} after period`, area.afterDays);
  if ((area.beforeDays === undefined) !== (area.afterDays === undefined)) {
    throw new RangeError(`The ${name} area needs both period lengths (before and after days) or neither.`);
  }
}

/**
 * Validates every area and scales all counts to the reference area's before-period length.
 * Period lengths are given for every area or for none (then the periods are taken as equal and
 * nothing is scaled); a mixture is ambiguous and throws.
 */
export function scaleToCommonPeriod<K extends string>(
  areas: Readonly<Record<K, AreaCounts>>,
  reference: NoInfer<K>,
): Record<K, ScaledCounts> {
  const entries = Object.entries(areas) as [K, AreaCounts][];
  for (const [name, area] of entries) assertArea(name, area);
  const withDays = entries.filter(([, area]) => area.beforeDays !== undefined).length;
  if (withDays !== 0 && withDays !== entries.length) {
    throw new RangeError('Give period lengths for every area or for none.');
  }
  const common = areas[reference].beforeDays;
  const scaled = entries.map(([name, area]): [K, ScaledCounts] => {
    const beforeFactor = common === undefined || area.beforeDays === undefined ? 1 : common / area.beforeDays;
    const afterFactor = common === undefined || area.afterDays === undefined ? 1 : common / area.afterDays;
    return [
      name,
      { before: area.before * beforeFactor, after: area.after * afterFactor, beforeFactor, afterFactor },
    ];
  });
  return Object.fromEntries(scaled) as Record<K, ScaledCounts>;
}
