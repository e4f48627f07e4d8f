// How far an upgrade of this device's store has got, for the opening screen: an upgrade that
// writes every activity again (schema.ts, version 8) takes seconds on a device holding a whole
// force's, before the first screen, and "Opening Beatbook…" alone would look stuck. Kept free of
// Dexie so the opening screen can read it without loading the database code.

export interface UpgradeProgress {
  /** Activities written so far. */
  done: number;
  /** Activities to write. */
  total: number;
}

let current: UpgradeProgress | null = null;
const listeners = new Set<() => void>();

/** Sets the progress (null: no upgrade running) and tells whoever is watching. */
export function reportUpgrade(next: UpgradeProgress | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The upgrade under way, or null. */
export function upgradeProgress(): UpgradeProgress | null {
  return current;
}

/** Calls `onChange` on every report until the returned function is called. */
export function watchUpgrade(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
}
