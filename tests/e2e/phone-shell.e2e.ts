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
} from './support/browser';
import { syncNowAndSettle, waitUntilAllSynced } from './support/sync-status';
import { pushNewProblem } from './support/api';
import { e2eEnv, type E2eUser } from './support/env';
import { sidewaysProblem } from './support/layout';
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

/**
 * At 200 % text (a phone's largest text setting, set through the CSSOM: the page's CSP refuses
 * inline style tags): each bar label stays inside its own link, no two overlap, every link is a
 * 44 × 44 px target. Lines for the report ([] when right).
 */
async function barAtLargeText(page: Page, where: string): Promise<string[]> {
  await page.evaluate(() => {
    document.documentElement.style.setProperty('font-size', '200%', 'important');
  });
  const links = await mainNav(page)
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => {
        const box = a.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(a);
        const text = range.getBoundingClientRect();
        return {
          name: a.textContent.trim(),
          box: { left: box.left, right: box.right, width: box.width, height: box.height },
          text: { left: text.left, right: text.right },
        };
      }),
    );
  const barHeight = await height(page, 'nav[aria-label="Main"]');
  await page.evaluate(() => {
    document.documentElement.style.removeProperty('font-size');
  });
  const problems: string[] = [];
  links.forEach(({ name, box, text }, i) => {
    if (text.left < box.left - 0.5 || text.right > box.right + 0.5)
      problems.push(`${where}: "${name}" spills out of its link at 200 % text`);
    const before = links[i - 1];
    if (before !== undefined && text.left < before.text.right)
      problems.push(`${where}: "${name}" overlaps "${before.name}" at 200 % text`);
    if (box.width < 44 || box.height < 44)
      problems.push(`${where}: "${name}" is ${String(box.width)} × ${String(box.height)} px at 200 % text`);
  });
  // Taller than at default size is allowed; a bar eating the screen is not.
  if (barHeight > 120) problems.push(`${where}: bottom bar ${String(barHeight)} px tall at 200 % text`);
  return problems;
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

  // A real place name of 58 letters, unbroken, in a problem every role below sees on its screens:
  // no screen may scroll sideways for it at 320 px.
  const longWord = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';

  it(`an officer records a problem at ${longWord}; its page fits 320 px, also at 200 % text`, async () => {
    const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    contexts.push(context);
    const p = await newWatchedPage(context);
    await signIn(p, env.users.officer);
    const id = await pushNewProblem(context, {
      title: `Cars raced through ${longWord} ${Date.now().toString(36)}`,
      problemType: 'road_safety',
      description: `Residents of ${longWord} report cars racing at night.`,
      locationText: longWord,
    });
    await syncNowAndSettle(p);
    await p.setViewportSize({ width: 320, height: PHONE.height });
    await p.goto(`/problems/${id}`);
    await expectVisible(p, p.getByRole('heading', { level: 1, name: /^Cars raced through/ }), 'the problem');
    const problems: string[] = [];
    for (const size of ['100%', '200%']) {
      await p.evaluate((s) => {
        document.documentElement.style.setProperty('font-size', s, 'important');
      }, size);
      problems.push(
        ...[await sidewaysProblem(p, `the problem at ${size} text`)].filter((x) => x !== undefined),
      );
    }
    await context.close();
    expect(problems.join('\n')).toBe('');
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
        const sideways = await sidewaysProblem(p, name);
        if (sideways !== undefined) problems.push(sideways);
        problems.push(...(await barAtLargeText(p, `${name} at 320 px`)));
        await p.setViewportSize(PHONE);
        problems.push(...(await barAtLargeText(p, name)));

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

  it("a problem's long title: one line with an ellipsis in the top bar, whole for screen readers, also at 200 % text", async () => {
    const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    contexts.push(context);
    const p = await newWatchedPage(context);
    await p.emulateMedia({ colorScheme: 'light' });
    await signIn(p, env.users.officer);
    const title = `Repeated antisocial behaviour by groups of young people outside the shops on Station Road ${Date.now().toString(36)}`;
    const id = await pushNewProblem(context, { title });
    await syncNowAndSettle(p);
    await p.goto(`/problems/${id}`);
    // Heard whole: the screen's h1 carries the full title.
    await expectVisible(
      p,
      p.getByRole('heading', { level: 1, name: title, exact: true }),
      'the full title as the h1',
      30_000,
    );
    const problems: string[] = [];
    for (const size of ['100%', '200%']) {
      await p.evaluate((s) => {
        document.documentElement.style.setProperty('font-size', s, 'important');
      }, size);
      const bar = await p.locator('.top-bar__title').evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          truncated: el.scrollWidth > el.clientWidth,
          ellipsis: style.textOverflow === 'ellipsis',
          lines: Math.round(
            el.getBoundingClientRect().height / parseFloat(style.lineHeight || style.fontSize),
          ),
          right: el.getBoundingClientRect().right,
        };
      });
      if (bar.text !== title) problems.push(`${size}: the bar says "${bar.text}"`);
      if (!bar.truncated || !bar.ellipsis)
        problems.push(`${size}: the long title is not cut with an ellipsis`);
      if (bar.lines > 1) problems.push(`${size}: the title takes ${String(bar.lines)} lines`);
      if (bar.right > PHONE.width) problems.push(`${size}: the title runs off the screen`);
      if (size === '100%' && (await height(p, '.top-bar')) > 64) problems.push('the top bar grew past 64 px');
      const sideways = await sidewaysProblem(p, size);
      if (sideways !== undefined) problems.push(sideways);
    }
    await p.evaluate(() => {
      document.documentElement.style.removeProperty('font-size');
    });
    expect(problems.join('\n')).toBe('');
  });

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
