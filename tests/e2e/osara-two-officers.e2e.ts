// Two officers edit different OSARA sections of the same problem with no signal; when both come
// back online, both edits are on the record (each section is one field, merged field by field).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  signIn,
} from './support/browser';
import { syncNowAndSettle, waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import { fillProblemForm, openList, saveAndExpectView, startNewProblem } from './support/problems';
import { PHONE, field, openSection, waitUntilSaved } from './support/osara';

describe('OSARA: two officers edit different sections offline and both keep their work', () => {
  const env = e2eEnv();
  const { officer: pc123, teammate: pc124 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const title = `Car park thefts ${suffix}`;
  const measure = `Half the thefts from cars in the station car park ${suffix}`;
  const whenWhere = `Weekday mornings, level 2 of the car park ${suffix}`;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let first: Page | undefined;
  let second: Page | undefined;
  let problemId = '';

  scenarioSteps('osara-two', env.artifactsDir, () => ({
    pc123: first,
    pc124: second,
  }));

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('pc123 records a problem; pc124 has it on their device', async () => {
    browser = await launchBrowser();
    for (const user of [pc123, pc124]) {
      const context = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
      contexts.push(context);
      const page = await newWatchedPage(context);
      await signIn(page, user);
      if (user === pc123) first = page;
      else second = page;
    }
    const a = need(first, "pc123's page");
    await openList(a);
    await startNewProblem(a);
    await fillProblemForm(a, {
      title,
      problemType: 'Vehicle crime',
      description: 'Thefts from cars.',
      location: 'Station car park',
      status: 'Scanning',
    });
    await saveAndExpectView(a, title);
    problemId = /\/problems\/([0-9a-f-]{36})/i.exec(a.url())?.[1] ?? '';
    await waitUntilAllSynced(a);
    const b = need(second, "pc124's page");
    await syncNowAndSettle(b);
    await openSection(b, problemId, 'Analysis');
  });

  it('offline, pc123 writes the objective and pc124 the analysis; both come online', async () => {
    const a = need(first, "pc123's page");
    const b = need(second, "pc124's page");
    await openSection(a, problemId, 'Objective');
    await a.context().setOffline(true);
    await b.context().setOffline(true);
    await field(a, 'Success measure').fill(measure);
    await field(b, 'When and where it happens').fill(whenWhere);
    await waitUntilSaved(a);
    await waitUntilSaved(b);
    await a.context().setOffline(false);
    await b.context().setOffline(false);
    await waitUntilAllSynced(a);
    await waitUntilAllSynced(b);
  });

  it('both edits are on the record, on both devices', async () => {
    for (const page of [need(first, "pc123's page"), need(second, "pc124's page")]) {
      await syncNowAndSettle(page);
      await openSection(page, problemId, 'Objective');
      await expectVisible(page, field(page, 'Success measure'), 'the objective');
      expect(await field(page, 'Success measure').inputValue()).toBe(measure);
      await openSection(page, problemId, 'Analysis');
      await expectVisible(page, field(page, 'When and where it happens'), 'the analysis');
      expect(await field(page, 'When and where it happens').inputValue()).toBe(whenWhere);
    }
  });

  it('the timeline names both officers and the section each changed, in order', async () => {
    const a = need(first, "pc123's page");
    await a.goto(`/problems/${problemId}/timeline`);
    const note = a.getByText(/Every change, as the force database holds it \(fetched/);
    await expectVisible(a, note, 'the fetched-history note');
    const events = a.locator('.timeline__event');
    const texts = (await events.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const objective = texts.findIndex(
      (t) => /Problem changed by .*\(you\)/.test(t) && t.includes('Objective'),
    );
    const analysis = texts.findIndex(
      (t) => t.includes(`Problem changed by ${pc124.displayName}`) && t.includes('Analysis'),
    );
    expect(texts.findIndex((t) => t.includes('Problem opened by'))).toBe(0);
    expect(objective, texts.join('\n')).toBeGreaterThan(0);
    expect(analysis, texts.join('\n')).toBeGreaterThan(0);
    // pc124 saw the problem before pc123 went offline; both edits were sent on reconnecting, and
    // the timeline lists them in the order the force database accepted them.
    expect(texts.join('\n')).not.toContain('A team member');
    await expectNoSeriousA11yViolations(a, 'problem timeline');

    // Offline, the timeline keeps the fetched history and says how old it is.
    await a.context().setOffline(true);
    await a.reload();
    await expectVisible(
      a,
      a.getByText(/This device is offline: showing the history fetched/),
      'the offline note',
    );
    expect((await a.locator('.timeline__event').allInnerTexts()).length).toBe(texts.length);
    await a.context().setOffline(false);
  });
});
