// `npm run bench`, part two: the personal-data detector over a 5,000-word record, in Chromium
// (the device) and in Node (the force database runs it again at publish). Reported, not gated:
// the review screen runs it once per draft, off the first screen.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { timeDetector, type DetectorTiming } from './detector-workload';

const WORDS = 5_000;
const RUNS = Number(process.env.BENCH_DETECTOR_RUNS ?? 10);
const SEED = 20_261_205;

declare const beatbookDetectorBench: { timeDetector: typeof timeDetector };

const line = (where: string, t: DetectorTiming): string =>
  `${where}: ${String(t.words)} words, ${String(t.spans)} spans found; first run ${t.firstMs.toFixed(0)} ms, ` +
  `then median ${t.medianMs.toFixed(0)} ms, max ${t.maxMs.toFixed(0)} ms over ${String(RUNS)} runs`;

async function inChromium(): Promise<DetectorTiming> {
  const result = await esbuild({
    entryPoints: [fileURLToPath(new URL('./detector-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild produced no output');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>Beatbook detector benchmark</title></html>');
    await page.addScriptTag({ content: file.text });
    return await page.evaluate(([w, s, r]) => beatbookDetectorBench.timeDetector(w, s, r), [
      WORDS,
      SEED,
      RUNS,
    ] as const);
  } finally {
    await browser.close();
  }
}

export async function benchDetector(): Promise<void> {
  console.log('Personal-data detector, one 5,000-word record:');
  console.log(`  ${line('Chromium (the device)', await inChromium())}`);
  console.log(`  ${line(`Node ${process.version} (the force database)`, timeDetector(WORDS, SEED, RUNS))}`);
}
