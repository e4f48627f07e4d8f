// Adds up what each soak file found and prints the one line the soak is run for.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SoakResult } from './run-soak';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatbook-soak-'));
  process.env.SOAK_RESULTS_DIR = dir;
  const started = Date.now();
  return () => {
    const results = readdirSync(dir).map(
      (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as SoakResult,
    );
    rmSync(dir, { recursive: true, force: true });
    const scenarios = results.reduce((n, r) => n + r.scenarios, 0);
    const violations = results.reduce((n, r) => n + r.violations, 0);
    console.info(
      `\nSOAK: ${scenarios} scenarios run, ${violations} violations (lost, duplicated or silently ` +
        `overwritten edits, or devices that disagree), ${Math.round((Date.now() - started) / 1000)} s wall time`,
    );
    for (const r of results)
      console.info(
        `  ${r.target}: ${r.scenarios} scenarios, ${r.violations} violations, ${r.seconds.toFixed(0)} s${r.notes === '' ? '' : `; ${r.notes}`}`,
      );
  };
}
