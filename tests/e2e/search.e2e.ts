// Finding what worked (must-show 3), in real Chromium against the built app and server.
// A published good-practice copy of type "nuisance_vehicles" is made through the real workflow
// (pc123's team closes and nominates a problem through the sync API; the prevention lead pl300
// pushes the publish decision, and the force database writes the copy). pc200 of another team,
// who can only see it as published good practice, starts a new problem of that type, goes to
// Scanning and sees it suggested with what was tried and how it turned out. /search is checked
// with axe, with the query kept in the address across a reload.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '#domain/good-practice/personal-data';
import { uuidv7 } from '#domain/ids';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchDevice,
  newWatchedPage,
  signIn,
  type Device,
} from './support/browser';
import { syncNowAndSettle } from './support/sync-status';
import { myId, push, put } from './support/api';
import { e2eEnv } from './support/env';
import { openSection } from './support/osara';
import { fillProblemForm, openList, saveAndExpectView, startNewProblem } from './support/problems';
import { need, scenarioSteps } from './support/scenario';

describe('search: similar good practice while scanning, and /search', () => {
  const env = e2eEnv();
  const { officer: pc123, supervisor: sgt100, preventionLead: pl300, otherTeamOfficer: pc200 } = env.users;
  const token = Date.now().toString(36);
  const publishedTitle = `Off-road bikes ridden by youths ${token}`; // no place words: publishing removes the location
  const problemId = uuidv7();
  const devices: Device[] = [];
  let officer: Page | undefined;

  scenarioSteps('search', env.artifactsDir, () => ({ officer }));

  afterAll(async () => {
    for (const d of devices) await d.close();
  });

  async function open(user: typeof pc123): Promise<Page> {
    const device = await launchDevice(env.baseUrl);
    devices.push(device);
    const page = await newWatchedPage(device.context);
    await signIn(page, user);
    return page;
  }

  it('a problem of type "nuisance vehicles" is closed, nominated and published (through the sync API)', async () => {
    const team = await open(pc123);
    const ctx = team.context();
    const [created = 0] = await push(
      ctx,
      put(
        'problems',
        problemId,
        {
          teamId: 'north',
          title: publishedTitle,
          problemType: 'nuisance_vehicles',
          description: 'Off-road bikes ridden across the quarry fields and footpaths every evening.',
          locationText: 'Quarry Fields',
          status: 'response',
          objective: {
            impact: 'reduce_by_percent',
            targetPercent: 50,
            successMeasure: 'Calls about bikes per month',
          },
        },
        null,
      ),
    );
    await push(
      ctx,
      put(
        'actions',
        uuidv7(),
        {
          problemId,
          description: 'Kissing gates and boulders at the field entrances',
          techniques: ['control_access'],
          lead: { kind: 'officer', userId: await myId(ctx) },
          status: 'done',
        },
        null,
      ),
    );
    const [assessed = 0] = await push(
      ctx,
      put(
        'problems',
        problemId,
        {
          status: 'assessment',
          assessment: {
            processEvaluation: 'Gates fitted in a month.',
            deliveredAsPlanned: 'as_planned',
            outcome: 'reduce_by_percent',
            lessonsLearned: 'Physical barriers worked where patrols had not.',
            closureReason: 'objective_met',
          },
        },
        created,
      ),
    );
    const supervisor = await open(sgt100);
    await push(
      supervisor.context(),
      put(
        'reviews',
        uuidv7(),
        {
          problemId,
          kind: 'closure',
          decision: 'sign_off_closure',
          reviewer: await myId(supervisor.context()),
          reviewedAt: new Date().toISOString(),
        },
        null,
      ),
    );
    await push(ctx, put('problems', problemId, { status: 'closed' }, assessed));
    await push(ctx, put('nominations', uuidv7(), { problemId, reason: 'Cheap and it worked.' }, null));
    const lead = await open(pl300);
    await push(
      lead.context(),
      put(
        'reviews',
        uuidv7(),
        {
          problemId,
          kind: 'good_practice',
          decision: 'publish',
          reviewer: await myId(lead.context()),
          reviewedAt: new Date().toISOString(),
          comments: 'Kissing gates stopped the bikes getting onto the fields.',
          // The lead's redaction review: the fields are the place the lesson is about.
          // The run's random token in the title can look like a postcode or a plate: kept too.
          redactions: [
            { path: 'scanning.description', text: 'quarry fields', kind: 'known', action: 'keep' },
            ...findPersonalData(publishedTitle).map((f) => ({
              path: 'title',
              text: f.text,
              kind: f.kind,
              action: 'keep',
            })),
          ],
        },
        null,
      ),
    );
  });

  it('pc200 of another team starts a new problem of that type and sees it suggested in Scanning, with what was tried', async () => {
    officer = await open(pc200);
    await syncNowAndSettle(officer);
    await openList(officer);
    await startNewProblem(officer);
    const title = `Bikes on the rec ${token}`;
    await fillProblemForm(officer, {
      title,
      problemType: 'Nuisance vehicles and off-road bikes',
      description: 'Off-road bikes on the recreation ground at night.',
      location: 'Southgate recreation ground',
    });
    // The new-problem form already suggests it once the type is chosen.
    const formPanel = officer.getByRole('region', { name: 'Similar problems and good practice' });
    await expectVisible(
      officer,
      formPanel.getByRole('link', { name: publishedTitle }),
      'the suggestion on the new-problem form',
    );
    await saveAndExpectView(officer, title);
    const newId = /\/problems\/([0-9a-f-]{36})/.exec(officer.url())?.[1];
    expect(newId, officer.url()).toBeDefined();
    await openSection(officer, newId ?? '', 'Scanning');
    const panel = officer.getByRole('region', { name: 'Similar problems and good practice' });
    const card = panel
      .getByRole('article')
      .filter({ has: officer.getByRole('link', { name: publishedTitle }) });
    await expectVisible(officer, card, 'the published good practice suggested while scanning');
    const text = await card.innerText();
    expect(text).toContain('Good practice');
    expect(text).toContain('Control access to facilities');
    expect(text).toContain('Reduce it by a stated percentage');
    expect(text).toMatch(/Same problem type/);
    await expectNoSeriousA11yViolations(officer, 'scanning with suggestions');
  });

  it('/search finds it by a technique word, keeps the query over a reload, filters by facet (axe)', async () => {
    const page = need(officer, 'the officer page');
    await page.goto('/search');
    await page.getByLabel('Search', { exact: true }).fill(`control access ${token}`);
    await expectVisible(page, page.getByRole('link', { name: publishedTitle }), 'the copy among the results');
    await expect.poll(() => page.url()).toContain('q=control');
    await page.reload();
    await expectVisible(page, page.getByRole('link', { name: publishedTitle }), 'the results after a reload');
    await expect(page.getByLabel('Search', { exact: true }).inputValue()).resolves.toBe(
      `control access ${token}`,
    );
    // On a phone the filters fold away in a sheet, and each facet folds within it.
    await page.locator('summary', { hasText: /^Filters:/ }).click();
    await page.locator('summary', { hasText: 'Where from' }).click();
    // The box shows what the address says (`?source=…`), which the router updates a moment after
    // the click: `check()`, which wants the state changed as the click returns, failed on a
    // loaded machine. The click, then a wait for the box to be ticked.
    const library = page.getByRole('checkbox', { name: /^Good-practice library \(1\)$/ });
    await library.click();
    await expect.poll(() => library.isChecked(), { timeout: 15_000 }).toBe(true);
    await expectVisible(page, page.locator('summary', { hasText: 'Filters: 1 chosen' }), 'the chosen count');
    await expectVisible(
      page,
      page.getByRole('link', { name: publishedTitle }),
      'the copy with the library filter',
    );
    await expectNoSeriousA11yViolations(page, 'search');
  });
});
