// Run settings from the environment, so CI and a developer reproducing a failure share one seed.
import type { LedgerStats } from './ledger';

/** Fixed, so CI is repeatable; override with CONVERGENCE_SEED to explore or to replay a failure. */
export const DEFAULT_SEED = 20_260_301;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

export function settings(
  defaultRuns: number,
  runsVariable = 'CONVERGENCE_RUNS',
): { seed: number; numRuns: number } {
  const raw = process.env.CONVERGENCE_SEED;
  const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`CONVERGENCE_SEED must be an integer, not "${raw ?? ''}"`);
  return { seed, numRuns: positiveInt(runsVariable, defaultRuns) };
}

export function reportStats(where: string, totals: LedgerStats): void {
  console.info(
    `convergence on ${where}: ${totals.accepted} accepted and ${totals.rejected} rejected mutations, ` +
      `${totals.conflicts} conflict rows (${totals.knowingConflicts} for values the officer had seen and replaced)`,
  );
}
