// A browser scenario is a chain of steps that build on one another (sign in, go offline, edit…).
// Once a step fails the later ones are skipped, since they would only fail for the same reason,
// and the failing step's pages are saved (screenshot, text, console) to look at.
import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { saveArtifacts } from './browser';

export function scenarioSteps(
  name: string,
  artifactsDir: string,
  pages: () => Readonly<Record<string, Page | undefined>>,
): void {
  let failed = false;
  beforeEach((context) => {
    context.skip(failed, 'an earlier step of the scenario failed');
    context.onTestFailed(async () => {
      failed = true;
      const saved = await saveArtifacts(artifactsDir, `${name} ${context.task.name}`, pages());
      if (saved.length > 0) process.stderr.write(`[e2e] saved failure artifacts:\n  ${saved.join('\n  ')}\n`);
    });
  });
}

/** A page or context a step needs, which an earlier step should have opened. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not open (an earlier step did not run)`);
  return value;
}
