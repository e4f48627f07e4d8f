// The sync part of `npm run bench` (issue 16): the initial sync of a generated force beside the
// floor, at two sizes, and the no-change pull. BENCH_SYNC=small runs only the small force,
// BENCH_SYNC=0 skips the sync scenarios (a quick search-only run); the default runs both.
// BENCH_SYNC_RUNS sets how many runs of the floor and the app each size takes (scenario.ts).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../e2e/support/browser';
import type { Figures } from './measure';
import { runScenario, type ScenarioResult } from './scenario';

const SEED = 20_261_216;
const mb = (b: number): string => `${(b / 1_048_576).toFixed(1)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function line(name: string, f: Figures, floorMs: number): string {
  return `  ${name.padEnd(34)} ${s(f.ms).padStart(8)} ${String(f.requests).padStart(9)} ${mb(f.wireBytes).padStart(10)} ${mb(f.peakHeapBytes).padStart(10)} ${(f.ms / floorMs).toFixed(2).padStart(6)}`;
}

function print(r: ScenarioResult, problems: number): void {
  console.log(
    `Initial sync, ${String(problems)} problems + ${String(problems * 10)} activities = ${String(r.records)} records, ${mb(r.feedBytes)} of JSON:`,
  );
  console.log(
    `  ${'system'.padEnd(34)} ${'wall'.padStart(8)} ${'requests'.padStart(9)} ${'on wire'.padStart(10)} ${'peak heap'.padStart(10)} ${'ratio'.padStart(6)}`,
  );
  console.log(line('floor (1 response, raw IndexedDB)', r.floor, r.floor.ms));
  console.log(line('Beatbook (sign-in to all stored)', r.app, r.floor.ms));
  console.log(
    `  median of ${String(r.runs.length)} runs of each, alternately; every run, floor / Beatbook: ${r.runs.map((run) => `${s(run.floorMs)} / ${s(run.appMs)}`).join(', ')}`,
  );
  console.log(
    `  first screen ${s(r.app.firstScreenMs ?? 0)} after the sign-in click (budget 3 s); ${String(r.app.stored)} records stored`,
  );
  console.log(
    `  no-change pull: ${String(r.noChange.requests)} request, ${String(r.noChange.bytes)} bytes, ${r.noChange.serverMs.toFixed(1)} ms median on the server (Server-Timing), ${r.noChange.medianMs.toFixed(1)} ms round trip on loopback (budget 1 request, < 1 KB, < 5 ms server)`,
  );
}

export async function benchSync(): Promise<{ failures: string[] }> {
  const mode = process.env.BENCH_SYNC ?? 'all';
  if (mode === '0') {
    console.log('Sync scenarios skipped (BENCH_SYNC=0).\n');
    return { failures: [] };
  }
  const sizes = mode === 'small' ? [1_000] : [1_000, 10_000];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  const failures: string[] = [];
  const results: { problems: number; r: ScenarioResult }[] = [];
  try {
    for (const problems of sizes) {
      const r = await runScenario(browser, problems, SEED);
      print(r, problems);
      console.log('');
      results.push({ problems, r });
      if (r.noChange.bytes >= 1024) failures.push('the no-change pull is 1 KB or more');
      if (!(r.noChange.serverMs < 5)) failures.push('the no-change pull takes 5 ms or more on the server');
    }
  } finally {
    await browser.close();
  }
  const small = results[0]?.r;
  const big = results[1]?.r;
  if (small !== undefined && big !== undefined) {
    const perSmall = small.app.ms / small.records;
    const perBig = big.app.ms / big.records;
    console.log(
      `Time per record: ${(perSmall * 1000).toFixed(0)} µs at ${String(small.records)} records, ${(perBig * 1000).toFixed(0)} µs at ${String(big.records)} (ratio ${(perBig / perSmall).toFixed(2)}, target ≤ 1.2)`,
    );
    const ratio = big.app.ms / big.floor.ms;
    console.log(`Ratio to the floor at ${String(big.records)} records: ${ratio.toFixed(2)} (target ≤ 1.5)\n`);
  }
  return { failures };
}
