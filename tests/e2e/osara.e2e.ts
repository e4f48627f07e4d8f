// The OSARA record end to end in real Chromium against the built app and the real server.
// (a) pc123 on a phone fills every section (the last part offline), reloading along the way:
//     nothing typed is lost; sgt100 on a tablet signs off and the problem closes.
// (b) pc123 and pc124 edit different sections of one problem offline; both edits survive.
// Every OSARA screen is checked with axe; the task list is photographed on a phone and a tablet.
// On the phone the Response section with five actions (folded) is no taller than three screens.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchDevice,
  newWatchedPage,
  signIn,
  waitForServiceWorker,
  type Device,
} from './support/browser';
import { syncNowAndSettle, waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import { fillProblemForm, openList, saveAndExpectView, startNewProblem } from './support/problems';
import {
  PHONE,
  TABLET,
  field,
  openSection,
  openTaskList,
  radioIn,
  taskList,
  waitUntilSaved,
} from './support/osara';
import {
  addAction,
  fillAnalysis,
  fillAssessment,
  fillGovernance,
  fillObjective,
  fillScanning,
} from './support/osara-fill';

const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');

function problemIdOf(page: Page): string {
  const id = /\/problems\/([0-9a-f-]{36})/i.exec(new URL(page.url()).pathname)?.[1];
  if (id === undefined) throw new Error(`No problem id in ${page.url()}`);
  return id;
}

async function createProblem(page: Page, title: string): Promise<string> {
  await openList(page);
  await startNewProblem(page);
  await fillProblemForm(page, {
    title,
    problemType: 'Anti-social behaviour: youth nuisance',
    description: 'Youths gather by the parade on Friday evenings.',
    location: 'Elm Park parade',
    status: 'Scanning',
  });
  await saveAndExpectView(page, title);
  return problemIdOf(page);
}

describe('OSARA: a problem worked through on a phone, signed off on a tablet', () => {
  const env = e2eEnv();
  const { officer: pc123, supervisor: sgt100 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const title = `Parade youth nuisance ${suffix}`;
  let phone: Device | undefined;
  let tablet: Device | undefined;
  let officer: Page | undefined;
  let supervisor: Page | undefined;
  let problemId = '';

  scenarioSteps('osara', env.artifactsDir, () => ({ officer, supervisor }));

  afterAll(async () => {
    await phone?.close();
    await tablet?.close();
  });

  it('pc123 opens the task list of a new problem on a phone (axe, screenshot)', async () => {
    phone = await launchDevice(env.baseUrl, { viewport: PHONE });
    officer = await newWatchedPage(phone.context);
    await signIn(officer, pc123);
    await waitForServiceWorker(officer);
    problemId = await createProblem(officer, title);
    await openTaskList(officer);
    await expectVisible(
      officer,
      officer.getByRole('button', { name: /^move to analysis$/i }),
      'Move to Analysis',
    );
    await expectNoSeriousA11yViolations(officer, 'OSARA task list (phone)');
    await officer.screenshot({ path: join(SCREENSHOTS, 'osara-task-list-phone.png'), fullPage: true });
  });

  it('objective: typed, reloaded, still there; the Response gate explains itself until it is set', async () => {
    const page = need(officer, "pc123's phone");
    await openSection(page, problemId, 'Objective');
    await expectNoSeriousA11yViolations(page, 'Objective section');
    await fillObjective(page);
    await waitUntilSaved(page);
    await page.reload();
    await expectVisible(page, field(page, 'Target reduction (%)'), 'the target after a reload');
    expect(await field(page, 'Target reduction (%)').inputValue()).toBe('30');
    expect(await field(page, 'Success measure').inputValue()).toMatch(/calls about youths/);
  });

  it('scanning: CHEERS and baseline survive a reload one second after typing', async () => {
    const page = need(officer, "pc123's phone");
    await openSection(page, problemId, 'Scanning');
    await fillScanning(page, suffix);
    // No waiting for the status: within a second of typing it is on the device.
    await page.waitForTimeout(1_000);
    await page.reload();
    await expectVisible(page, field(page, 'Notes on similarity'), 'the scanning section after a reload');
    expect(await field(page, 'Notes on similarity').inputValue()).toBe(`Same group each week ${suffix}`);
    expect(await radioIn(page, /^Recurring:/, 'Yes').isChecked()).toBe(true);
    expect(await field(page, 'Baseline count').inputValue()).toBe('24');
    expect(await field(page, 'Description of the problem').inputValue()).toMatch(/shopkeepers/);
    await expectNoSeriousA11yViolations(page, 'Scanning section');
  });

  it('analysis: the triangle and its controllers survive a reload', async () => {
    const page = need(officer, "pc123's phone");
    await openSection(page, problemId, 'Analysis');
    await fillAnalysis(page);
    await waitUntilSaved(page);
    await page.reload();
    await expectVisible(page, field(page, 'Hypotheses'), 'the analysis section after a reload');
    expect(await field(page, 'Place: description').inputValue()).toMatch(/parade/);
    expect(await radioIn(page, /^Guardian of the victim/, 'Present but weak').isChecked()).toBe(true);
    expect(await field(page, 'Hypotheses').inputValue()).toBe(
      'No place manager after 6 pm\nNo lighting at the rear',
    );
    await expectNoSeriousA11yViolations(page, 'Analysis section');
  });

  it('response: an action tagged with a technique; the stages move on as their gates allow', async () => {
    const page = need(officer, "pc123's phone");
    await openSection(page, problemId, 'Response');
    await addAction(page);
    const first = page.getByRole('group', { name: 'Action 1' });
    await expectVisible(page, first, 'the new action as "Action 1"');
    await first.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
    await first.getByLabel('Evidence notes', { exact: true }).fill('Photos of the new lights on file');
    await waitUntilSaved(page);
    await page.reload();
    await expectVisible(page, page.getByRole('group', { name: 'Action 1' }), 'the action after a reload');
    const reloaded = page.getByRole('group', { name: 'Action 1' });
    // After a reload every action is folded to its summary; the summary says what it is.
    await expectVisible(
      page,
      reloaded.getByRole('button', {
        name: /light the rear service road · Done · 1 technique/,
        expanded: false,
      }),
      'the folded action summary',
    );
    await reloaded.getByRole('button', { expanded: false }).click();
    expect(await reloaded.getByLabel('Status', { exact: true }).inputValue()).toBe('done');
    expect(await reloaded.getByLabel('Evidence notes', { exact: true }).inputValue()).toMatch(/new lights/);
    // The lead officer is picked from the team roster on the device, and kept over a reload.
    await reloaded
      .getByLabel('Lead officer', { exact: true })
      .selectOption({ label: env.users.teammate.displayName });
    await waitUntilSaved(page);
    await page.reload();
    await page.getByRole('group', { name: 'Action 1' }).getByRole('button', { expanded: false }).click();
    const lead = page.getByRole('group', { name: 'Action 1' }).getByLabel('Lead officer', { exact: true });
    expect(await lead.locator('option:checked').textContent()).toBe(env.users.teammate.displayName);
    await expectNoSeriousA11yViolations(page, 'Response section');
    // Five actions on a phone: one open at a time, and the section no taller than three screens.
    for (let n = 2; n <= 5; n++) {
      await addAction(page);
      const status = page
        .getByRole('group', { name: `Action ${String(n)}` })
        .getByLabel('Status', { exact: true });
      await expectVisible(page, status, `action ${String(n)} added and open`);
      // Done, so that the closure later is not held up by an open action.
      await status.selectOption({ label: 'Done' });
      expect(await page.locator('.action__summary[aria-expanded="true"]').count()).toBe(1);
    }
    await waitUntilSaved(page);
    await page.reload();
    await expectVisible(page, page.getByRole('group', { name: 'Action 5' }), 'five actions after a reload');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'Response section with five actions, in px').toBeLessThanOrEqual(3 * PHONE.height);
    await page.screenshot({
      path: join(SCREENSHOTS, 'osara-response-five-actions-phone.png'),
      fullPage: true,
    });
    await page.goto(`/problems/${problemId}/work`);
    for (const stage of ['Analysis', 'Response', 'Assessment']) {
      await page.getByRole('button', { name: `Move to ${stage}` }).click();
      await expectVisible(
        page,
        page.getByRole('heading', { name: new RegExp(`Stage:\\s*${stage}`) }),
        `stage ${stage}`,
      );
    }
  });

  it('offline: assessment and governance typed with no signal survive a reload', async () => {
    const page = need(officer, "pc123's phone");
    await page.context().setOffline(true);
    await openSection(page, problemId, 'Assessment');
    await fillAssessment(page);
    await waitUntilSaved(page);
    await openSection(page, problemId, 'Governance');
    await fillGovernance(page);
    await waitUntilSaved(page);
    await page.reload();
    await expectVisible(page, field(page, 'Role'), 'the governance section after an offline reload');
    expect(await field(page, 'Role').inputValue()).toBe('shop manager');
    await expectNoSeriousA11yViolations(page, 'Governance section');
    await openSection(page, problemId, 'Assessment');
    expect(await field(page, 'Lessons learned').inputValue()).toMatch(/lighting/);
    await expectNoSeriousA11yViolations(page, 'Assessment section');
    await page.context().setOffline(false);
    await waitUntilAllSynced(page);
  });

  it('every section is complete; closing waits for the sign-off and says so', async () => {
    const page = need(officer, "pc123's phone");
    await page.goto(`/problems/${problemId}/work`);
    for (const section of ['Objective', 'Scanning', 'Analysis', 'Response', 'Assessment', 'Governance']) {
      await expectVisible(
        page,
        taskList(page).getByRole('link', { name: new RegExp(`^${section}\\b.*Complete`) }),
        `${section} marked complete`,
      );
    }
    await expectVisible(
      page,
      page.getByText(/supervisor of this team must sign off/i),
      'why closing is blocked',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'osara-task-list-phone-complete.png'), fullPage: true });
  });

  it('sgt100 on a tablet sees the problem in the team overview and signs off the closure', async () => {
    tablet = await launchDevice(env.baseUrl, { viewport: TABLET });
    supervisor = await newWatchedPage(tablet.context);
    await signIn(supervisor, sgt100);
    await supervisor.goto(`/problems/${problemId}/work/objective`);
    await expectVisible(supervisor, taskList(supervisor), 'the task list beside the section on a tablet');
    await expectVisible(
      supervisor,
      field(supervisor, 'Success measure'),
      'the objective beside the task list',
    );
    await expectNoSeriousA11yViolations(supervisor, 'OSARA task list and section (tablet)');
    await supervisor.screenshot({ path: join(SCREENSHOTS, 'osara-task-list-tablet.png'), fullPage: true });

    await supervisor
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Team', exact: true })
      .click();
    const signOff = supervisor.getByRole('link', { name: new RegExp(`^Sign off closure\\W+${title}$`) });
    await expectVisible(supervisor, signOff, 'a "Sign off closure" link for the problem');
    // The owner by name, from the roster the device fetched at sign-in.
    const item = supervisor
      .getByRole('listitem')
      .filter({ has: supervisor.getByRole('link', { name: title }) });
    await expectVisible(supervisor, item.getByText(pc123.displayName, { exact: true }), "the owner's name");
    await expectNoSeriousA11yViolations(supervisor, 'team overview');
    await signOff.click();
    await expectVisible(supervisor, supervisor.getByLabel('Decision', { exact: true }), 'the review form');
    await expectNoSeriousA11yViolations(supervisor, 'review form');
    await supervisor.getByLabel('Decision', { exact: true }).selectOption({ label: 'Sign off the closure' });
    await supervisor.getByLabel('Comments', { exact: true }).fill('Good work; lighting made the difference.');
    await supervisor.getByLabel('Next review date', { exact: true }).fill('2031-06-30');
    await supervisor.getByRole('button', { name: 'Save review' }).click();
    await expectVisible(
      supervisor,
      supervisor.getByRole('heading', { name: 'Team overview' }),
      'the overview again',
    );
    await waitUntilAllSynced(supervisor);
  });

  it('pc123 closes the problem; the timeline shows the action and the sign-off', async () => {
    const page = need(officer, "pc123's phone");
    await syncNowAndSettle(page);
    await page.goto(`/problems/${problemId}/work`);
    await page.getByRole('button', { name: 'Move to Closed' }).click();
    await expectVisible(page, page.getByText('This problem is closed.'), 'the problem closed');
    await waitUntilAllSynced(page);
    await page.goto(`/problems/${problemId}/timeline`);
    await expectVisible(page, page.getByText('Review: Sign off the closure'), 'the sign-off on the timeline');
    await expectVisible(page, page.getByText('Action added').first(), 'the action on the timeline');
    await expectVisible(
      page,
      page.getByText(/Every change, as the force database holds it/),
      'the history note',
    );
    const texts = (await page.locator('.timeline__event').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const all = texts.join('\n');
    // Every change, with who made it: the sign-off by the sergeant, and the review's next review
    // date written onto the problem as the sergeant's own edit, then pc123's closing edit.
    expect(all).toContain(`Review: Sign off the closure by ${sgt100.displayName}`);
    expect(all).toMatch(
      new RegExp(`Problem changed by ${sgt100.displayName}.*Next review date changed to 30 Jun 2031`),
    );
    expect(all).toMatch(/Problem changed by .*\(you\).*Status changed to Closed/);
    expect(all).toMatch(/Problem changed by .*\(you\).*Objective/);
    expect(texts[0]).toMatch(/Problem opened by .*\(you\)/);
    expect(all).not.toContain('A team member');
    const times = await page
      .locator('.timeline__event time')
      .evaluateAll((nodes) => nodes.map((n) => Date.parse(n.getAttribute('datetime') ?? '')));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    await expectNoSeriousA11yViolations(page, 'timeline');
  });
});
