// The soak loop: many seeded scenarios against one backend, counting violations instead of
// stopping at the first (a 40-minute run should report everything it found), each failure
// printed with the seed that replays it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Backend } from '../backend';
import { runScenario, type ScenarioOptions } from '../scenario';
import { scenarioArb } from '../scenario';

/** What a failed check says, sorted into the kinds of harm the soak counts. */
export type Violation = 'lost' | 'duplicated' | 'overwritten' | 'diverged' | 'crashed';

export function classify(message: string): Violation {
  if (/LOST EDIT|HIDDEN EDIT|was never processed|missing/.test(message)) return 'lost';
  if (/once each|share a version|not one a device made/.test(message)) return 'duplicated';
  if (/was told .* but the server stored|last accepted write/.test(message)) return 'overwritten';
  if (/check\(s\) failed/.test(message)) return 'diverged';
  return 'crashed';
}

export interface SoakResult {
  target: string;
  scenarios: number;
  violations: number;
  byKind: Record<Violation, number>;
  seconds: number;
  firstSeed: number;
  /** Anything else worth printing (SIGKILL outcomes). */
  notes: string;
}

export interface SoakTarget {
  target: string;
  backend: Backend;
  runs: number;
  options: ScenarioOptions;
  /** Scenario i uses seed firstSeed + i. */
  firstSeed: number;
}

/** Per-scenario seeds, so one failure replays alone: SOAK_REPLAY=<seed> npm run soak. */
export async function soak(soakTarget: SoakTarget): Promise<SoakResult> {
  const { target, backend, options } = soakTarget;
  const replay = process.env.SOAK_REPLAY;
  const firstSeed = replay === undefined || replay === '' ? soakTarget.firstSeed : Number(replay);
  const runs = replay === undefined || replay === '' ? soakTarget.runs : 1;
  const arb = scenarioArb(options);
  const byKind: Record<Violation, number> = {
    lost: 0,
    duplicated: 0,
    overwritten: 0,
    diverged: 0,
    crashed: 0,
  };
  let violations = 0;
  const started = Date.now();
  for (let i = 0; i < runs; i += 1) {
    const seed = firstSeed + i;
    const [scenario] = fc.sample(arb, { seed, numRuns: 1 });
    if (scenario === undefined) throw new Error('fast-check gave no scenario');
    try {
      await runScenario(backend, scenario);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      violations += 1;
      byKind[classify(message)] += 1;
      if (violations <= 5)
        console.error(`soak ${target}: scenario seed ${seed} failed:\n${message.slice(0, 3000)}`);
    }
    if ((i + 1) % 250 === 0)
      console.info(
        `soak ${target}: ${i + 1}/${runs}, ${violations} violations, ${Math.round((Date.now() - started) / 1000)} s`,
      );
  }
  return {
    target,
    scenarios: runs,
    violations,
    byKind,
    seconds: (Date.now() - started) / 1000,
    firstSeed,
    notes: '',
  };
}

/** Each soak file writes its result here; the global teardown adds them up. */
export function saveResult(result: SoakResult): void {
  const dir = process.env.SOAK_RESULTS_DIR;
  console.info(
    `soak ${result.target}: ${result.scenarios} scenarios, ${result.violations} violations ` +
      `(${Object.entries(result.byKind)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${result.seconds.toFixed(0)} s` +
      (result.notes === '' ? '' : `; ${result.notes}`),
  );
  if (dir === undefined) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${result.target.replace(/\W+/g, '-')}.json`), JSON.stringify(result));
}
