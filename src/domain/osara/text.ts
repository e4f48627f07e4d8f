// Checks on what an officer typed, without zod: the stage gates and section completeness use
// them, and the problem list (on the first screen, which carries no zod) reads the gates.

export function isDistinct(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

/** True when an officer has written something other than spaces. */
export function hasText(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
