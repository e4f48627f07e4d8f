// The two soak phases every database gets: app instances in process (with restarts), then real
// server processes of which one is SIGKILLed mid-push. The same officer is on two devices in both.
import { afterAll, expect, it } from 'vitest';
import { killOutcomes, startCluster } from '../cluster';
import { startInProcess } from '../in-process';
import { saveResult, soak } from './run-soak';
import { runsFor, seedFor, SHARES } from './settings';

type Share = (typeof SHARES)[keyof typeof SHARES];

export interface SoakSuite {
  kind: 'sqlite' | 'postgres';
  instances: number;
  inProcess: { name: string; share: Share };
  killed: { name: string; share: Share };
}

export function defineSoakSuite({ kind, instances, inProcess, killed }: SoakSuite): void {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it(inProcess.name, async () => {
    const backend = await startInProcess(kind, instances);
    closers.push(() => backend.close());
    const result = await soak({
      target: inProcess.share.target,
      backend,
      runs: runsFor(inProcess.share),
      firstSeed: seedFor(inProcess.share),
      options: { instances, maxSteps: 14, restartWeight: 1, sameOfficer: true },
    });
    saveResult(result);
    expect(result.violations).toBe(0);
  });

  it(killed.name, async () => {
    const backend = await startCluster({ instances, kind, bundle: true });
    closers.push(() => backend.close());
    const before = { ...killOutcomes };
    const result = await soak({
      target: killed.share.target,
      backend,
      runs: runsFor(killed.share),
      firstSeed: seedFor(killed.share),
      options: { instances, maxSteps: 20, restartWeight: 0, killWeight: 2, sameOfficer: true },
    });
    const none = killOutcomes.none - before.none;
    const part = killOutcomes.part - before.part;
    const all = killOutcomes.all - before.all;
    result.notes = `${none + part + all} SIGKILLs mid-push (${none} before any mutation committed, ${part} part-way, ${all} after all)`;
    saveResult(result);
    expect(result.violations).toBe(0);
  });
}
