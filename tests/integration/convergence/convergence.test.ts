// Sync you can trust: several officers' devices (the app's real sync engine, each with its own
// IndexedDB, outbox, cursor and session) edit the same problems offline, then sync in random
// orders through a network that drops, repeats and delays requests while the server restarts.
// Afterwards every device agrees with the force database, and nothing was lost or applied twice.
//
// Seeded: a failure prints the seed and the shrunk scenario; rerun with CONVERGENCE_SEED to
// reproduce. CONVERGENCE_RUNS sets the number of runs (default 200, on SQLite and on PostgreSQL).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Backend } from './backend';
import { startInProcess } from './in-process';
import { runScenario, scenarioArb } from './scenario';
import { reportStats, settings } from './settings';

const pgUrl = process.env.TEST_DATABASE_URL;
const targets = [
  { name: 'SQLite', kind: 'sqlite' as const, instances: 1, runs: 200 },
  // Two app instances with their own pools over one schema: servers behind a load balancer.
  ...(pgUrl !== undefined && pgUrl !== ''
    ? [{ name: 'PostgreSQL', kind: 'postgres' as const, instances: 2, runs: 200 }]
    : []),
];

describe.each(targets)('devices converge on $name', ({ kind, instances, runs }) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startInProcess(kind, instances);
  });
  afterAll(async () => {
    await backend.close();
  });

  it('after offline edits, faults and restarts, every device matches the server and no edit is lost', async () => {
    const { seed, numRuns } = settings(runs);
    const totals = { accepted: 0, rejected: 0, conflicts: 0, knowingConflicts: 0 };
    console.info(`convergence on ${kind}: seed ${seed}, ${numRuns} runs`);
    await fc.assert(
      fc.asyncProperty(scenarioArb({ instances, maxSteps: 24, restartWeight: 1 }), async (scenario) => {
        const stats = await runScenario(backend, scenario);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += stats[key];
      }),
      { seed, numRuns, endOnFailure: process.env.CONVERGENCE_SHRINK === '0' },
    );
    reportStats(kind, totals);
  });
});
