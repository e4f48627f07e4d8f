// How big the soak is. SOAK_SCENARIOS (default 10,000) is shared out over the four targets by
// the fixed proportions below; SOAK_SEED moves every scenario's seed.
import { DEFAULT_SEED } from '../settings';

export interface Share {
  target: string;
  /** Fraction of SOAK_SCENARIOS. */
  share: number;
  /** Added to the seed, so targets do not all draw the same scenarios. */
  seedOffset: number;
}

// Real server processes cost a second or two per SIGKILL (the restart), so they get a smaller
// share; the in-process targets carry the volume. The shares sum to 1.
export const SHARES = {
  sqlite: { target: 'SQLite, in process', share: 0.59, seedOffset: 0 },
  sqliteKill: { target: 'SQLite, server process, SIGKILL', share: 0.01, seedOffset: 3_000_000 },
  postgres: { target: 'PostgreSQL, two instances in process', share: 0.38, seedOffset: 1_000_000 },
  postgresKill: { target: 'PostgreSQL, two server processes, SIGKILL', share: 0.02, seedOffset: 2_000_000 },
} satisfies Record<string, Share>;

export function soakTotal(): number {
  const raw = process.env.SOAK_SCENARIOS;
  if (raw === undefined || raw === '') return 10_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`SOAK_SCENARIOS must be a positive integer, not "${raw}"`);
  return value;
}

export function runsFor(share: Share): number {
  return Math.max(1, Math.round(soakTotal() * share.share));
}

export function seedFor(share: Share): number {
  const raw = process.env.SOAK_SEED;
  const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`SOAK_SEED must be an integer, not "${raw ?? ''}"`);
  return seed + share.seedOffset;
}
