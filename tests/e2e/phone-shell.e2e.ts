// Issue 14, the app shell on a 390 × 844 phone, for each role: a top bar of at most 64 px and a
// bottom bar of at most 72 px, the current destination marked (aria-current), no page wider than
// a 320 px screen, a dark page with prefers-color-scheme: dark, axe clean in both themes, and a
// screenshot of every main screen light and dark (tests/e2e/screenshots/phone-*.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectVisible,
  formatViolations,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  saveArtifacts,
  signIn,
  waitUntilAllSynced,
} from './support/browser';
import { e2eEnv, type E2eUser } from './support/env';
import { mainNav } from './support/shell';

const env = e2eEnv();
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');

/** What each role's bottom bar holds, in order (src/client/app/shell/destinations.ts). */
const bars: Record<E2eUser['role'], readonly string[]> = {
  officer: ['Today', 'Problems', 'Log activity', 'Search', 'More'],
  supervisor: ['Team', 'Problems', 'Log activity', 'Today', 'More'],
  prevention_lead: ['Dashboard', 'Problems', 'Good practice', 'Search', 'More'],
  admin: ['Organisation', 'Audit', 'Good practice', 'More'],
};

/** axe's violations of any impact, as lines for the report ([] when clean). */
async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.length === 0
    ? []
    : [`axe on ${screen} (${page.url()}):\n${formatViolations(violations)}`];
}

async function height(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not on the page`);
  return box.height;
}

/** Relative luminance of the page's background (0 black … 1 white). */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []
    ).map(Number);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Loaded means: the screen's heading is there and nothing says "Loading…" any more. */
async function settled(page: Page, what: string): Promise<void> {
  await expectVisible(page, page.getByRole('main').getByRole('heading').first(), what, 30_000);
  await page.waitForFunction(
    () => !/Loading|Checking storage/.test(document.querySelector('main')?.textContent ?? ''),
    undefined,
    {
      timeout: 30_000,
    },
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

describe('the app shell on a phone', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  const roles = [env.users.officer, env.users.supervisor, env.users.preventionLead, env.users.admin];
  for (const user of roles) {
    it(`${user.role}: compact bars, the current destination marked, fits 320 px, axe clean light and dark`, async () => {
      const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
      contexts.push(context);
      const p = await newWatchedPage(context);
      await p.emulateMedia({ colorScheme: 'light' });
      await signIn(p, user);
      await waitUntilAllSynced(p);

      // Every screen is checked before failing, so one run lists everything that is wrong.
      const problems: string[] = [];
      const bar = bars[user.role];
      expect(await mainNav(p).getByRole('link').allInnerTexts()).toEqual(bar);
      for (const name of bar) {
        await mainNav(p).getByRole('link', { name, exact: true }).click();
        // The destination just pressed becomes the current one (and only it).
        await mainNav(p).locator('a[aria-current="page"]', { hasText: name }).waitFor();
        await expect(mainNav(p).locator('a[aria-current="page"]').allInnerTexts()).resolves.toEqual([name]);
        await settled(p, `the ${name} screen`);
        const top = await height(p, '.top-bar');
        const bottom = await height(p, 'nav[aria-label="Main"]');
        if (top > 64) problems.push(`${name}: top bar ${String(top)} px tall`);
        if (bottom > 72) problems.push(`${name}: bottom bar ${String(bottom)} px tall`);

        await p.setViewportSize({ width: 320, height: PHONE.height });
        const sideways = await sidewaysScroll(p);
        if (sideways > 0) problems.push(`${name}: ${String(sideways)} px too wide at 320 px`);
        await p.setViewportSize(PHONE);

        const shot = `phone-${slug(user.role)}-${slug(name)}`;
        await p.emulateMedia({ colorScheme: 'light' });
        if ((await backgroundLuminance(p)) < 0.8) problems.push(`${name}: background not light`);
        problems.push(...(await axeProblems(p, `${name} (light)`)));
        await p.screenshot({ path: join(SCREENSHOTS, `${shot}-light.png`) });

        await p.emulateMedia({ colorScheme: 'dark' });
        if ((await backgroundLuminance(p)) > 0.05) problems.push(`${name}: background not dark`);
        problems.push(...(await axeProblems(p, `${name} (dark)`)));
        await p.screenshot({ path: join(SCREENSHOTS, `${shot}-dark.png`) });
        await p.emulateMedia({ colorScheme: 'light' });
      }
      if (problems.length > 0)
        await saveArtifacts(env.artifactsDir, `phone shell ${user.role}`, { phone: p });
      expect(problems.join('\n\n')).toBe('');
    });
  }

  it('the sync indicator opens the details with "Sync now"; Dark chosen on "More" stays after a reload', async () => {
    const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    contexts.push(context);
    const p = await newWatchedPage(context);
    await p.emulateMedia({ colorScheme: 'light' });
    await signIn(p, env.users.officer);
    const indicator = p.getByRole('button', { name: /^Sync details/ });
    await expect(indicator.getAttribute('aria-expanded')).resolves.toBe('false');
    await indicator.click();
    await expectVisible(p, p.getByRole('button', { name: 'Sync now' }), 'Sync now in the sync details');
    await indicator.click();

    await mainNav(p).getByRole('link', { name: 'More', exact: true }).click();
    await p.getByRole('radio', { name: 'Dark' }).check();
    expect(await backgroundLuminance(p)).toBeLessThan(0.05);
    await p.reload();
    await settled(p, 'More after a reload');
    expect(await backgroundLuminance(p)).toBeLessThan(0.05);
    await expect(p.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);
    await p.getByRole('radio', { name: 'Same as this device' }).check();
    expect(await backgroundLuminance(p)).toBeGreaterThan(0.8);
  });
});
