// Good practice end to end (must-show 2 and 5), in real Chromium against the built app
// and the real server. pc123's team closes a problem (made quickly through the sync API, with
// people named on it) and nominates it on the evaluation screen; the prevention lead pl300
// publishes it from the nominations queue; pc200 of another team, offline, finds it on /search by
// a technique word and opens it, and the published copy holds no categorised person; the
// printable case study is saved as a PDF. Every screen added here is checked with axe.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
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
import { myId, push, put } from './support/api';
import { e2eEnv } from './support/env';
import { need, scenarioSteps } from './support/scenario';

const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');
const PERSONS = [
  { id: 'GP-VICTIM-4411', category: 'victim', role: 'kiosk owner' },
  { id: 'GP-SUSPECT-0932', category: 'suspect', role: 'local youth' },
];

describe('good practice: close, nominate, publish, find offline, print', () => {
  const env = e2eEnv();
  const { officer: pc123, supervisor: sgt100, preventionLead: pl300, otherTeamOfficer: pc200 } = env.users;
  const title = `Kiosk thefts ${Date.now().toString(36)}`;
  const problemId = uuidv7();
  const devices: Device[] = [];
  let team: Page | undefined;
  let lead: Page | undefined;
  let reader: Page | undefined;

  scenarioSteps('good-practice', env.artifactsDir, () => ({ team, lead, reader }));

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

  it('pc123’s team closes a problem with people named on it (through the sync API)', async () => {
    team = await open(pc123);
    const ctx = team.context();
    const [created = 0] = await push(
      ctx,
      put(
        'problems',
        problemId,
        {
          teamId: 'north',
          title,
          problemType: 'theft_other',
          description:
            'Sweets and phone cards taken from the station kiosk; GP-VICTIM-4411 reports it weekly.',
          locationText: '3 Station Approach',
          status: 'response',
          objective: {
            impact: 'reduce_by_percent',
            targetPercent: 50,
            successMeasure: 'Kiosk thefts per month',
          },
          governance: { persons: PERSONS },
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
          description: 'Anti-theft display cases and a locked shutter for the kiosk',
          techniques: ['target_harden'],
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
            processEvaluation: 'Cases and shutter fitted in week one.',
            deliveredAsPlanned: 'as_planned',
            outcome: 'reduce_by_percent',
            lessonsLearned: 'Hardening the kiosk was cheap and quick.',
            closureReason: 'objective_met',
          },
        },
        created,
      ),
      put(
        'evaluations',
        problemId,
        {
          problemId,
          response: { before: 20, after: 6 },
          buffer: { before: 8, after: 7 },
          control: { before: 15, after: 14 },
          displacementChecked: true,
          emmie: { mechanism: 'Goods out of reach remove the chance to steal.', economicCost: '£450' },
        },
        null,
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
  });

  it('pc123 nominates it from the evaluation screen (axe)', async () => {
    const page = need(team, 'the team page');
    await syncNowAndSettle(page);
    await page.goto(`/problems/${problemId}/evaluation`);
    await expectVisible(
      page,
      page.getByRole('heading', { name: `Evaluation: ${title}` }),
      'the evaluation screen',
    );
    await expectVisible(
      page,
      page.getByText(/Crime fell in the response area relative to the comparison area/).first(),
      'the measures’ reading',
    );
    await expectNoSeriousA11yViolations(page, 'evaluation');
    await page.getByRole('button', { name: 'Nominate as good practice' }).click();
    await expectVisible(page, page.getByText(/waiting for a prevention lead/), 'the nomination waiting');
    await waitUntilAllSynced(page);
  });

  it('pl300 publishes it from the nominations queue through the redaction review, with its completeness check (axe)', async () => {
    lead = await open(pl300);
    await syncNowAndSettle(lead);
    await lead.goto('/good-practice/nominations');
    const item = lead.getByRole('listitem').filter({ has: lead.getByRole('heading', { name: title }) });
    await expectVisible(lead, item, 'the nomination in the queue');
    await expect.poll(() => item.getByText('Completeness: 6 of 6').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(lead, 'nominations queue');
    await item.getByRole('link', { name: 'Review and publish' }).click();
    await lead
      .getByLabel('Summary for the library')
      .fill('Display cases and a shutter cut kiosk thefts by two thirds.');
    // The redaction review: every span the detector found is removed before publishing.
    const removes = lead.getByRole('button', { name: /^Remove “/ });
    await expect.poll(() => removes.count()).toBeGreaterThan(0);
    for (let left = await removes.count(); left > 0; left -= 1) {
      await removes.first().click();
      await expect.poll(() => removes.count()).toBe(left - 1);
    }
    await lead.getByRole('button', { name: 'Publish', exact: true }).click();
    await expectVisible(
      lead,
      lead.getByText('Published. Every device receives it at its next sync.'),
      'published',
    );
    await lead.goto('/good-practice/nominations');
    // Decided: it leaves the queue at once (the decision is on the device), and syncs.
    await item.waitFor({ state: 'hidden' });
    await waitUntilAllSynced(lead);
  });

  it('pc200 of another team, offline, finds it on /search by a technique word and opens it; no person in it (axe)', async () => {
    reader = await open(pc200);
    await waitForServiceWorker(reader);
    await syncNowAndSettle(reader);
    await reader.goto('/good-practice');
    await expectVisible(reader, reader.getByRole('link', { name: title }), 'the copy in the library');
    await expectNoSeriousA11yViolations(reader, 'good-practice library');

    await reader.context().setOffline(true);
    await reader.goto('/search');
    await reader
      .getByRole('searchbox', { name: 'Search' })
      .or(reader.getByRole('textbox', { name: 'Search' }))
      .first()
      .fill('target harden');
    const hit = reader.getByRole('link', { name: title }).first();
    await expectVisible(reader, hit, 'the published copy among the search results (offline)');
    await hit.click();
    await expectVisible(
      reader,
      reader.getByRole('heading', { name: title, level: 1 }),
      'the published copy (offline)',
    );
    const text = await reader.locator('main').innerText();
    for (const personal of [
      'GP-VICTIM-4411',
      'GP-SUSPECT-0932',
      'kiosk owner',
      'local youth',
      '3 Station Approach',
    ])
      expect(text).not.toContain(personal);
    expect(text).toContain('Display cases and a shutter cut kiosk thefts by two thirds.');
    expect(text).toContain('Goods out of reach remove the chance to steal.');
    await expectNoSeriousA11yViolations(reader, 'published copy');
    await reader.context().setOffline(false);
  });

  it('the printable case study is saved as a PDF (axe)', async () => {
    const page = need(reader, 'the reader page');
    await page.goto(`/good-practice/${problemId}/print`);
    await expectVisible(
      page,
      page.getByRole('heading', { name: `Case study: ${title}` }),
      'the printable case study',
    );
    await expectVisible(
      page,
      page.getByText('This print is recorded in the audit log.'),
      'the print recorded',
    );
    for (const heading of ['Scanning', 'Analysis', 'Response', 'Assessment'])
      await expectVisible(
        page,
        page.getByRole('heading', { name: heading, exact: true }),
        `the ${heading} heading`,
      );
    await expectNoSeriousA11yViolations(page, 'case study print');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'good-practice-case-study.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
