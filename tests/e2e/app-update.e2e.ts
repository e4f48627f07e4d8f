// A new app version arrives while the officer is offline with unsynced work and half-way through
// the New problem form. The update waits: "A new version is ready" appears, nothing reloads
// under the form, and only "Reload" swaps versions. The outbox survives the reload and syncs.
//
// The new version is deployed by appending a comment to the served dist/sw.js (the server reads
// it from disk on every request, with `cache-control: no-cache`): any byte change makes the
// browser install a new worker. The original file is restored afterwards.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '#domain/sync';
import {
  describePage,
  expectVisible,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  signIn,
  waitForServiceWorker,
} from './support/browser';
import { waitForStatus, waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import {
  fillProblemForm,
  problemForm,
  saveAndExpectView,
  startNewProblem,
  openList,
} from './support/problems';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SERVED_SW = join(ROOT, 'dist', 'sw.js');

declare global {
  interface Window {
    __beatbookMarker?: number;
  }
}

/** Titles of the problems the force database hands this context's user. */
async function serverTitles(context: BrowserContext): Promise<string[]> {
  const response = await context.request.get('/api/sync/pull?cursor=0&limit=500');
  if (!response.ok()) throw new Error(`GET /api/sync/pull answered ${String(response.status())}`);
  const body = pullResponseSchema.parse(await response.json());
  return body.changes.flatMap((c) =>
    c.collection === 'problems' && typeof c.record.title === 'string' ? [c.record.title] : [],
  );
}

function updateBanner(page: Page) {
  return page.getByRole('region', { name: 'App update' });
}

describe('app update under an open form', () => {
  const env = e2eEnv();
  const { teammate: officer } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const unsynced = {
    title: `Bikes on the towpath ${suffix}`,
    problemType: 'Anti-social behaviour: youth nuisance',
    description: 'Recorded offline before the update.',
    location: 'Canal towpath, Northtown',
    status: 'Scanning',
  };
  const typed = { title: `Half-typed ${suffix}`, description: 'Still typing when the update arrived.' };
  const originalWorker = readFileSync(SERVED_SW);

  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let formUrl = '';

  const newVersionComment = `\n// e2e app-update: new version ${suffix}\n`;

  /** Undoes the "deployment", unless dist/ was rebuilt meanwhile (then the new build stays). */
  function restoreWorker(): void {
    if (!existsSync(SERVED_SW)) return;
    const deployed = Buffer.concat([originalWorker, Buffer.from(newVersionComment)]);
    if (readFileSync(SERVED_SW).equals(deployed)) writeFileSync(SERVED_SW, originalWorker);
  }

  scenarioSteps('app-update', env.artifactsDir, () => ({ officer: page }));

  afterAll(async () => {
    restoreWorker();
    await context?.close();
    await browser?.close();
  });

  it('the officer signs in and the service worker takes charge', async () => {
    browser = await launchBrowser();
    context = await newAppContext(browser, env.baseUrl);
    page = await newWatchedPage(context);
    await signIn(page, officer);
    await waitForServiceWorker(page);
  });

  it('offline, a saved problem waits to sync and a second one is half-typed', async () => {
    const p = need(page, 'the page');
    await need(context, 'the context').setOffline(true);
    await waitForStatus(p, 'Offline — all changes saved on this device');
    await openList(p);
    await startNewProblem(p);
    await fillProblemForm(p, unsynced);
    await saveAndExpectView(p, unsynced.title);
    await waitForStatus(p, 'Offline — 1 change waiting to sync');

    await openList(p);
    await startNewProblem(p);
    await fillProblemForm(p, typed);
    formUrl = p.url();
    await p.evaluate(() => {
      window.__beatbookMarker = 1;
    });
  });

  it('a new version is deployed; the banner appears and the form is left alone', async () => {
    const p = need(page, 'the page');
    const navigations: string[] = [];
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) navigations.push(frame.url());
    });
    appendFileSync(SERVED_SW, newVersionComment);

    // What the app's hourly check does. The page stays offline (navigator.onLine false, /api
    // unreachable), but Chromium fetches the worker script for an update check outside the
    // page's network emulation, so the new version is found as it would be on a patchy signal.
    const checked = await p.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration === undefined) return 'no registration';
      try {
        await registration.update();
        return 'ok';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    expect(checked, 'registration.update()').toBe('ok');

    await expectVisible(
      p,
      updateBanner(p).getByText('A new version is ready'),
      'the "A new version is ready" banner',
      30_000,
    );
    expect(navigations, 'no navigation while the update waited').toEqual([]);
    expect(p.url()).toBe(formUrl);
    expect(await p.evaluate(() => window.__beatbookMarker)).toBe(1);
    const form = problemForm(p);
    expect(await form.getByLabel(/^title/i).inputValue()).toBe(typed.title);
    expect(await form.getByLabel(/^description/i).inputValue()).toBe(typed.description);
    await waitForStatus(p, 'Offline — 1 change waiting to sync');
  });

  it('"Reload" swaps versions once; the outbox survives and syncs when back online', async () => {
    const p = need(page, 'the page');
    const ctx = need(context, 'the context');
    const navigations: string[] = [];
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) navigations.push(frame.url());
    });
    const reloaded = p.waitForEvent('load');
    await updateBanner(p).getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expectVisible(
      p,
      problemForm(p).getByLabel(/^title/i),
      'the new problem form again after the reload',
    );
    expect(await p.evaluate(() => window.__beatbookMarker), 'the page did reload').toBeUndefined();
    expect(await updateBanner(p).count(), 'no banner once the new version runs').toBe(0);
    await waitForStatus(p, 'Offline — 1 change waiting to sync');
    expect(navigations, 'one reload, at the same address').toEqual([formUrl]);

    await ctx.setOffline(false);
    await waitUntilAllSynced(p);
    const titles = await serverTitles(ctx);
    if (!titles.includes(unsynced.title)) {
      throw new Error(`The force database does not have "${unsynced.title}".\n${await describePage(p)}`);
    }
    expect(titles).not.toContain(typed.title);
  });
});
