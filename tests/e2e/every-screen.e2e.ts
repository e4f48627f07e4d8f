// Issue 14, must-show 4 and 5: every screen of every role on a 390 × 844 phone is axe-clean (any
// impact) in light and dark, at default and at 200 % text, and is saved as a screenshot light and
// dark (tests/e2e/screenshots/every-<role>-<screen>-<light|dark>.png). One problem in Response,
// with an objective, an action and a review, gives the problem screens, each OSARA section and
// the sergeant's review something to show.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osaraSections } from '#domain/osara/vocabularies';
import { uuidv7 } from '#domain/ids';
import {
  expectVisible,
  formatViolations,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  saveArtifacts,
  signIn,
} from './support/browser';
import { syncNowAndSettle } from './support/sync-status';
import { myId, push, put } from './support/api';
import { e2eEnv, type E2eUser } from './support/env';

const env = e2eEnv();
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');
const token = Date.now().toString(36);
const problemId = uuidv7();
const title = `Bikes ridden on the rec ${token}`;

interface Screen {
  name: string;
  path: string;
  /** What must be on it once loaded, beyond its heading. */
  shows?: (page: Page) => Locator;
}

const problemScreens = (): Screen[] => [
  { name: 'problem', path: `/problems/${problemId}` },
  ...osaraSections.map(({ code, en }) => ({
    name: `osara-${en}`,
    path: `/problems/${problemId}/work/${code}`,
  })),
  { name: 'timeline', path: `/problems/${problemId}/timeline` },
];

const screens: Record<E2eUser['role'], () => Screen[]> = {
  officer: () => [
    { name: 'today', path: '/today' },
    { name: 'capture', path: '/activity/new' },
    { name: 'my-activity', path: '/activity' },
    { name: 'map', path: '/map' },
    { name: 'problems', path: '/problems' },
    { name: 'new-problem', path: '/problems/new' },
    ...problemScreens(),
    { name: 'search', path: `/search?q=${encodeURIComponent(token)}` },
    { name: 'good-practice', path: '/good-practice' },
    { name: 'more', path: '/more' },
    { name: 'device', path: '/device' },
    { name: 'accessibility', path: '/more/accessibility' },
  ],
  supervisor: () => [
    { name: 'team', path: '/supervisor' },
    { name: 'workload', path: '/supervisor?view=workload' },
    { name: 'review', path: `/supervisor/review/${problemId}` },
    { name: 'retention', path: '/retention' },
    { name: 'audit', path: '/audit' },
  ],
  prevention_lead: () => [
    { name: 'dashboard', path: '/dashboard' },
    // On no team, the lead reads every team's problems (issue 14: their list was empty).
    { name: 'problems', path: '/problems', shows: (page) => page.getByRole('link', { name: title }) },
    { name: 'problem', path: `/problems/${problemId}` },
    { name: 'good-practice', path: '/good-practice' },
    { name: 'nominations', path: '/good-practice/nominations' },
    { name: 'search', path: `/search?q=${encodeURIComponent(token)}` },
  ],
  admin: () => [
    { name: 'organisation', path: '/admin' },
    { name: 'teams', path: '/admin/teams' },
    { name: 'areas', path: '/admin/areas' },
    { name: 'audit', path: '/audit' },
    { name: 'good-practice', path: '/good-practice' },
  ],
};

const MODES = [
  { mode: 'light', scheme: 'light', text: '' },
  { mode: 'dark', scheme: 'dark', text: '' },
  { mode: 'light, 200 % text', scheme: 'light', text: '200%' },
  { mode: 'dark, 200 % text', scheme: 'dark', text: '200%' },
] as const;

/** The screen has its heading and has stopped saying it is loading. */
async function settled(page: Page, what: string): Promise<void> {
  await expectVisible(page, page.getByRole('main').getByRole('heading').first(), what, 30_000);
  await page.waitForFunction(
    () => !/Loading|Reading|Checking storage/.test(document.querySelector('main')?.textContent ?? ''),
    undefined,
    { timeout: 30_000 },
  );
}

/** axe in each mode (lines for the report, [] when clean) and the light and dark screenshots. */
async function checkScreen(page: Page, role: string, screen: Screen): Promise<string[]> {
  const problems: string[] = [];
  for (const { mode, scheme, text } of MODES) {
    await page.emulateMedia({ colorScheme: scheme });
    // 200 % text as a phone's largest setting, through the CSSOM (the CSP refuses inline styles).
    await page.evaluate((size) => {
      if (size === '') document.documentElement.style.removeProperty('font-size');
      else document.documentElement.style.setProperty('font-size', size, 'important');
    }, text);
    const { violations } = await new AxeBuilder({ page }).analyze();
    if (violations.length > 0)
      problems.push(
        `axe on ${role} ${screen.name} (${mode}, ${page.url()}):\n${formatViolations(violations)}`,
      );
    if (text === '')
      await page.screenshot({ path: join(SCREENSHOTS, `every-${role}-${screen.name}-${scheme}.png`) });
  }
  await page.evaluate(() => {
    document.documentElement.style.removeProperty('font-size');
  });
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

describe('every screen on a phone', () => {
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

  async function phone(user: E2eUser): Promise<Page> {
    const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    contexts.push(context);
    const page = await newWatchedPage(context);
    await page.emulateMedia({ colorScheme: 'light' });
    await signIn(page, user);
    return page;
  }

  it('sets up a problem in Response with an objective, an action and a review (sync API)', async () => {
    const officer = await phone(env.users.officer);
    const ownerId = await myId(officer.context());
    await push(
      officer.context(),
      put(
        'problems',
        problemId,
        {
          teamId: 'north',
          title,
          problemType: 'asb_youth',
          description: `Groups on bikes ride across the recreation ground after school (${token}).`,
          locationText: 'Millbrook recreation ground',
          status: 'response',
          ownerId,
          objective: { impact: 'reduce_by_percent', targetPercent: 30, successMeasure: 'Calls per month' },
        },
        null,
      ),
      put(
        'actions',
        uuidv7(),
        {
          problemId,
          description: 'Gates at both entrances',
          techniques: ['control_access'],
          status: 'in_progress',
          lead: { kind: 'officer', userId: ownerId },
        },
        null,
      ),
    );
    const sergeant = await phone(env.users.supervisor);
    await push(
      sergeant.context(),
      put(
        'reviews',
        uuidv7(),
        {
          problemId,
          kind: 'stage',
          stage: 'scanning',
          decision: 'approve_stage',
          reviewer: await myId(sergeant.context()),
          reviewedAt: new Date().toISOString(),
        },
        null,
      ),
    );
    await sergeant.context().close();
    await officer.context().close();
  });

  const roles = [env.users.officer, env.users.supervisor, env.users.preventionLead, env.users.admin];
  for (const user of roles) {
    it(`${user.role}: every screen axe-clean light and dark, at 200 % text; screenshots light and dark`, async () => {
      const page = await phone(user);
      await syncNowAndSettle(page);
      const problems: string[] = [];
      for (const screen of screens[user.role]()) {
        await page.goto(screen.path);
        try {
          await settled(page, `${user.role}: ${screen.name}`);
          if (screen.shows !== undefined)
            await expectVisible(page, screen.shows(page), `${user.role}: what ${screen.name} shows`);
        } catch (error) {
          problems.push(`${screen.name} (${screen.path}) never settled: ${String(error)}`);
          continue;
        }
        problems.push(...(await checkScreen(page, user.role, screen)));
      }
      if (problems.length > 0)
        await saveArtifacts(env.artifactsDir, `every screen ${user.role}`, { phone: page });
      expect(problems.join('\n\n')).toBe('');
    }, 900_000);
  }
});
