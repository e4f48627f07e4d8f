// Soak on SQLite: in process (restarts of the app over the same file), then one real server
// process SIGKILLed in the middle of pushes (SQLite's WAL must recover every committed mutation
// and none half-written). Same officer on two devices throughout.
import { afterAll, expect, it } from 'vitest';
import { killOutcomes, startCluster } from '../cluster';
import { startInProcess } from '../in-process';
import { saveResult, soak } from './run-soak';
import { runsFor, seedFor, SHARES } from './settings';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

it('SQLite in process: no edit lost, duplicated or silently overwritten', async () => {
  const backend = await startInProcess('sqlite', 1);
  closers.push(() => backend.close());
  const share = SHARES.sqlite;
  const result = await soak({
    target: share.target,
    backend,
    runs: runsFor(share),
    firstSeed: seedFor(share),
    options: { instances: 1, maxSteps: 14, restartWeight: 1, sameOfficer: true },
  });
  saveResult(result);
  expect(result.violations).toBe(0);
});

it('SQLite server process killed mid-push: no edit lost, duplicated or silently overwritten', async () => {
  const backend = await startCluster({ instances: 1, kind: 'sqlite', bundle: true });
  closers.push(() => backend.close());
  const share = SHARES.sqliteKill;
  const before = { ...killOutcomes };
  const result = await soak({
    target: share.target,
    backend,
    runs: runsFor(share),
    firstSeed: seedFor(share),
    options: { instances: 1, maxSteps: 20, restartWeight: 0, killWeight: 2, sameOfficer: true },
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
