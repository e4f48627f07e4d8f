// Soak on PostgreSQL: two app instances in process with their own pools over one schema (requests
// spread over both, restarts), then two real server processes with one SIGKILLed in the middle of
// pushes while the other carries on. Same officer on two devices throughout.
import { afterAll, expect, it } from 'vitest';
import { killOutcomes, startCluster } from '../cluster';
import { startInProcess } from '../in-process';
import { saveResult, soak } from './run-soak';
import { runsFor, seedFor, SHARES } from './settings';

if ((process.env.TEST_DATABASE_URL ?? '') === '')
  throw new Error('npm run soak needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

it('PostgreSQL, two instances in process: no edit lost, duplicated or silently overwritten', async () => {
  const backend = await startInProcess('postgres', 2);
  closers.push(() => backend.close());
  const share = SHARES.postgres;
  const result = await soak({
    target: share.target,
    backend,
    runs: runsFor(share),
    firstSeed: seedFor(share),
    options: { instances: 2, maxSteps: 14, restartWeight: 1, sameOfficer: true },
  });
  saveResult(result);
  expect(result.violations).toBe(0);
});

it('Two PostgreSQL server processes, one killed mid-push: no edit lost, duplicated or silently overwritten', async () => {
  const backend = await startCluster({ instances: 2, kind: 'postgres', bundle: true });
  closers.push(() => backend.close());
  const share = SHARES.postgresKill;
  const before = { ...killOutcomes };
  const result = await soak({
    target: share.target,
    backend,
    runs: runsFor(share),
    firstSeed: seedFor(share),
    options: { instances: 2, maxSteps: 20, restartWeight: 0, killWeight: 2, sameOfficer: true },
  });
  const kills = {
    none: killOutcomes.none - before.none,
    part: killOutcomes.part - before.part,
    all: killOutcomes.all - before.all,
  };
  result.notes = `${kills.none + kills.part + kills.all} SIGKILLs mid-push (${kills.none} before any mutation committed, ${kills.part} part-way, ${kills.all} after all)`;
  saveResult(result);
  expect(result.violations).toBe(0);
});
