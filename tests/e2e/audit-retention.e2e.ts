// Issue 6: the audit log and the retention review in the real app, as a supervisor and as an
// admin. What they record and erase is proved in tests/integration/server/audit.test.ts and
// retention.test.ts; here: the screens load, filter, and pass axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  signIn,
} from './support/browser';
import { e2eEnv } from './support/env';
import { need, scenarioSteps } from './support/scenario';

const env = e2eEnv();

describe('audit log and retention screens', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  scenarioSteps('audit-retention', env.artifactsDir, () => ({ supervisor: page }));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser.close();
  });

  it('a supervisor sees their own sign-in in the audit log', async () => {
    context = await newAppContext(browser, env.baseUrl, { viewport: { width: 1024, height: 800 } });
    page = await newWatchedPage(context);
    await signIn(page, env.users.supervisor);
    await page.getByRole('link', { name: 'Audit' }).click();
    await expectVisible(page, page.getByRole('heading', { name: 'Audit log' }), 'the audit log');
    const list = page.getByRole('list', { name: 'Audit entries, newest first' });
    await expectVisible(page, list, 'the audit entries');
    // Read as sentences, by name (issue 14); the action code stays under Details.
    const sentences = await list.locator('.audit-entry__sentence').allInnerTexts();
    expect(sentences).toContain(`${env.users.supervisor.displayName} signed in`);
    expect(sentences.join('\n')).not.toContain('session.sign_in');
    await expectNoSeriousA11yViolations(page, 'audit log');
    await page.screenshot({ path: join(env.artifactsDir, 'audit-tablet.png'), fullPage: true });
  });

  it('the retention review queue opens, with its choice of what to show', async () => {
    const p = need(page, 'the supervisor’s page');
    await p.getByRole('link', { name: 'Retention' }).click();
    await expectVisible(p, p.getByRole('heading', { name: 'Retention reviews' }), 'the retention screen');
    await p.getByLabel('All closed problems').check();
    await expectVisible(p, p.getByRole('group', { name: 'Show' }), 'the show choice');
    await expectNoSeriousA11yViolations(p, 'retention reviews');
  });
});
