// The convergence property with two real server processes over one PostgreSQL schema, each
// request going to either at random (a load balancer with no affinity), over real HTTP, while
// one of them is restarted now and then. PostgreSQL only (TEST_DATABASE_URL); fewer runs, since
// every request is a real round trip. CONVERGENCE_CLUSTER_RUNS overrides the default of 25.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Backend } from './backend';
import { startCluster } from './cluster';
import { runScenario, scenarioArb } from './scenario';
import { reportStats, settings } from './settings';

const pgUrl = process.env.TEST_DATABASE_URL;

describe.runIf(pgUrl !== undefined && pgUrl !== '')(
  'devices converge on two server processes over PostgreSQL',
  () => {
    let backend: Backend | undefined;
    beforeAll(async () => {
      backend = await startCluster({ instances: 2 });
    });
    afterAll(async () => {
      await backend?.close();
    });

    it('after offline edits and faults, with requests spread over both servers, every device matches and no edit is lost', async () => {
      const started = backend;
      if (started === undefined) throw new Error('the cluster did not start');
      const { seed, numRuns } = settings(25, 'CONVERGENCE_CLUSTER_RUNS');
      const totals = { accepted: 0, rejected: 0, conflicts: 0, knowingConflicts: 0 };
      console.info(`convergence on two servers: seed ${seed}, ${numRuns} runs`);
      await fc.assert(
        fc.asyncProperty(scenarioArb({ instances: 2, maxSteps: 24, restartWeight: 1 }), async (scenario) => {
          const stats = await runScenario(started, scenario);
          for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += stats[key];
        }),
        { seed, numRuns, endOnFailure: process.env.CONVERGENCE_SHRINK === '0' },
      );
      reportStats('two servers', totals);
    });
  },
);
