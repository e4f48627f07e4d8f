// Checks the harness itself against a tiny in-memory web app, so that a failure in the Beatbook
// scenarios means the app misbehaved, not the Chromium/axe/CDP plumbing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  installabilityErrors,
  launchBrowser,
  launchDevice,
  newAppContext,
  newWatchedPage,
  waitForServiceWorker,
} from './support/browser';
import { waitForStatus, waitUntilAllSynced } from './support/sync-status';
import { startStaticPwa, type StaticPwa } from './support/static-pwa';

describe('e2e harness self-check', () => {
  let app: StaticPwa;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startStaticPwa();
    browser = await launchBrowser();
    context = await newAppContext(browser, app.baseUrl, { viewport: { width: 412, height: 915 } });
    page = await newWatchedPage(context);
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await app.close();
  });

  it('launches Chromium and finds no serious axe violations on a clean page', async () => {
    await page.goto('/');
    expect(await page.title()).toBe('Harness app');
    await expectNoSeriousA11yViolations(page, 'harness');
  });

  it('reports serious axe violations with their ids and targets', async () => {
    await page.goto('/bad.html');
    const failure = await expectNoSeriousA11yViolations(page, 'bad').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toMatch(/image-alt/);
    expect(String(failure)).toMatch(/button-name/);
    expect(String(failure)).toMatch(/img/);
  });

  it('waits for the service worker to control the page; setOffline reaches the page', async () => {
    await page.goto('/');
    const script = await waitForServiceWorker(page);
    expect(script).toMatch(/\/sw\.js$/);
    await context.setOffline(true);
    try {
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await context.setOffline(false);
    }
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  });

  it('reads installability errors over CDP (none on a device profile, "in-incognito" otherwise)', async () => {
    await page.goto('/');
    expect((await installabilityErrors(page)).map((e) => e.errorId)).toContain('in-incognito');
    const device = await launchDevice(app.baseUrl);
    try {
      const devicePage = await newWatchedPage(device.context);
      await devicePage.goto('/');
      expect(await installabilityErrors(devicePage)).toEqual([]);
      await devicePage.goto('/no-manifest.html');
      expect((await installabilityErrors(devicePage)).map((e) => e.errorId)).toContain('no-manifest');
    } finally {
      await device.close();
    }
  });

  it('waits for an exact status text, pressing "Sync now" when needed', async () => {
    await page.goto('/');
    await waitForStatus(page, /waiting to sync/);
    await expect(waitForStatus(page, 'waiting to sync', 300)).rejects.toThrow(/exactly "waiting to sync"/);
    await waitUntilAllSynced(page, { autoWaitMs: 200, timeout: 5_000 });
  });
});
