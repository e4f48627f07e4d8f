// Issue 15: the audit log and the retention review in Welsh, in the real app. A supervisor chooses
// Cymraeg under More; the choice holds after a reload; the audit log says who signed in with the
// Welsh word order (verb first) from the catalogue, the kinds of event are in Welsh, no English
// from these screens' catalogue entries shows, and axe passes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import cy from '#client/i18n/cy.json';
import en from '#client/i18n/en.json';
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

/** English strings of a catalogue section, long enough not to be a word shared with Welsh. */
function englishOf(section: Record<string, unknown>): string[] {
  return Object.values(section).flatMap((value) =>
    typeof value === 'string'
      ? value.includes('{{') || value.length < 8
        ? []
        : [value]
      : typeof value === 'object' && value !== null
        ? englishOf(value as Record<string, unknown>)
        : [],
  );
}

async function expectNoEnglish(page: Page, sections: Record<string, unknown>[]): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(sections.flatMap(englishOf).filter((s) => text.includes(s))).toEqual([]);
}

describe('audit log and retention in Welsh', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  scenarioSteps('audit-welsh', env.artifactsDir, () => ({ supervisor: page }));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser.close();
  });

  it('a supervisor chooses Cymraeg, and the audit log says in Welsh who signed in', async () => {
    context = await newAppContext(browser, env.baseUrl, { viewport: { width: 1024, height: 800 } });
    page = await newWatchedPage(context);
    await signIn(page, env.users.supervisor);
    await page.goto(`${env.baseUrl}/more`);
    // The radio follows the language once its catalogue has loaded, so click and wait for Welsh.
    await page.getByRole('radio', { name: 'Cymraeg' }).click();
    await expectVisible(page, page.getByRole('heading', { name: cy.app.more.title }), 'More, in Welsh');

    // A new load of the app keeps the choice (it is kept on the device, under the officer).
    await page.goto(`${env.baseUrl}/audit`);
    await expectVisible(page, page.getByRole('heading', { name: cy.audit.title }), 'the audit log in Welsh');
    const list = page.getByRole('list', { name: cy.audit.listLabel });
    await expectVisible(page, list, 'the audit entries');
    const sentences = await list.locator('.audit-entry__sentence').allInnerTexts();
    expect(sentences).toContain(`Mewngofnododd ${env.users.supervisor.displayName}`);
    const meta = await list.locator('.audit-entry__meta').first().innerText();
    expect(
      Object.values(cy.audit.kind).some((label) => meta.includes(label)),
      `a Welsh kind of event in "${meta}"`,
    ).toBe(true);
    await expectNoEnglish(page, [en.audit]);
    await expectNoSeriousA11yViolations(page, 'audit log in Welsh');
    await page.screenshot({ path: join(env.artifactsDir, 'audit-welsh-tablet.png'), fullPage: true });
  });

  it('the retention review reads in Welsh', async () => {
    const p = need(page, 'the supervisor’s page');
    await p.goto(`${env.baseUrl}/retention`);
    await expectVisible(p, p.getByRole('heading', { name: cy.retention.heading }), 'retention in Welsh');
    await p.getByLabel(cy.retention.showAll).check();
    await expectVisible(p, p.getByRole('group', { name: cy.retention.showLegend }), 'the show choice');
    await expectNoEnglish(p, [en.retention]);
    await expectNoSeriousA11yViolations(p, 'retention reviews in Welsh');
  });
});
