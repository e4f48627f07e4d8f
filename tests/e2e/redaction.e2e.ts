// The redaction review end to end (must-show 3 and 5), in real Chromium against the
// built app and the real server. pc123's team closes a problem whose free text holds personal
// data of every kind (made quickly through the sync API) and nominates it; the prevention lead
// pl300, on a phone, cannot publish until every highlighted span is decided, then publishes;
// pc200 of another team reads the copy offline, and neither the screen nor the copy stored in
// IndexedDB holds any planted item. The lead then withdraws it, and at pc200's next sync the
// copy's content is gone from pc200's IndexedDB.
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

const PHONE = { width: 390, height: 844 };
const PLANTED = [
  'Jane Doe',
  'liam o’neill',
  'DOB 12/03/1985',
  '22 Mill Lane',
  'LS1 4AP',
  '(0113) 496 0000',
  'jane dot doe at gmail dot com',
  'ab12 cde',
  'AB 12 34 56 C',
  'PC 4521',
  'Patel',
  'crime number 13/123456/24',
  'RD-VICTIM-77',
];

/** The published copy as pc200's device stores it (Dexie's `published` table), or undefined. */
async function storedCopy(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  const userId = await myId(page.context());
  return page.evaluate(
    ([dbName, key]) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const get = open.result.transaction('published').objectStore('published').get(key);
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown> | undefined);
            open.result.close();
          };
          get.onerror = () => {
            reject(new Error(String(get.error)));
          };
        };
      }),
    [`beatbook-${userId}`, id] as const,
  );
}

describe('redaction review: planted personal data never reaches the published copy', () => {
  const env = e2eEnv();
  const { officer: pc123, supervisor: sgt100, preventionLead: pl300, otherTeamOfficer: pc200 } = env.users;
  const title = `Youths at the parade ${Date.now().toString(36)}`;
  const problemId = uuidv7();
  const devices: Device[] = [];
  let lead: Page | undefined;
  let reader: Page | undefined;

  scenarioSteps('redaction', env.artifactsDir, () => ({ lead, reader }));

  afterAll(async () => {
    for (const d of devices) await d.close();
  });

  async function open(user: typeof pc123, viewport?: typeof PHONE): Promise<Page> {
    const device = await launchDevice(env.baseUrl, viewport === undefined ? {} : { viewport });
    devices.push(device);
    const page = await newWatchedPage(device.context);
    await signIn(page, user);
    return page;
  }

  it('pc123’s team closes a problem with personal data of every kind in its free text, and nominates it', async () => {
    const team = await open(pc123);
    const ctx = team.context();
    const [created = 0] = await push(
      ctx,
      put(
        'problems',
        problemId,
        {
          teamId: 'north',
          title,
          problemType: 'asb_youth',
          description:
            'Jane Doe (DOB 12/03/1985) of 22 Mill Lane, LS1 4AP, rang on (0113) 496 0000 and wrote from jane dot doe at gmail dot com. A car, ab12 cde, is seen most nights.',
          locationText: 'Parade shops car park',
          status: 'response',
          objective: { impact: 'reduce_by_percent', targetPercent: 50, successMeasure: 'Calls per month' },
          analysis: {
            offender: {
              description: 'liam o’neill, NI AB 12 34 56 C, named by RD-VICTIM-77.',
              controller: 'weak',
            },
            whenWhere: 'Evenings on the parade; see crime number 13/123456/24.',
          },
          governance: { persons: [{ id: 'RD-VICTIM-77', category: 'victim', role: 'resident' }] },
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
          description: 'PC 4521 Patel ran hotspot patrols with the PCSOs in March.',
          techniques: ['extend_guardianship'],
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
            processEvaluation: 'Patrols and lighting on the parade as planned.',
            deliveredAsPlanned: 'as_planned',
            outcome: 'reduce_by_percent',
            lessonsLearned: 'Lighting and patrols together worked.',
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
    await push(ctx, put('nominations', uuidv7(), { problemId, reason: 'Lighting worked.' }, null));
  });

  it('pl300, on a phone, cannot publish until every highlighted span is decided (axe)', async () => {
    lead = await open(pl300, PHONE);
    await syncNowAndSettle(lead);
    await lead.goto('/good-practice/nominations');
    const item = lead.getByRole('listitem').filter({ has: lead.getByRole('heading', { name: title }) });
    await expectVisible(lead, item, 'the nomination in the queue');
    await item.getByRole('link', { name: 'Review and publish' }).click();
    await expectVisible(
      lead,
      lead.getByRole('heading', { name: `Review before publishing: ${title}` }),
      'the review',
    );
    await lead.getByLabel('Summary for the library').fill('Lighting and patrols cut calls by half.');
    const publish = lead.getByRole('button', { name: 'Publish', exact: true });
    const removes = lead.getByRole('button', { name: /^Remove “/ });
    await expect.poll(() => removes.count()).toBeGreaterThanOrEqual(PLANTED.length - 1);
    await expectNoSeriousA11yViolations(lead, 'redaction review');
    // Decide one span at a time: Publish stays disabled, and says how many are left, until the last.
    for (let left = await removes.count(); left > 0; left -= 1) {
      expect(await publish.isDisabled()).toBe(true);
      await expectVisible(
        lead,
        lead.getByText(
          `${String(left)} highlighted ${left === 1 ? 'detail is' : 'details are'} left to decide`,
        ),
        `${String(left)} left`,
      );
      await removes.first().click();
      await expect.poll(() => removes.count()).toBe(left - 1);
    }
    await expect.poll(() => publish.isEnabled()).toBe(true);
    // The fields as they will be shared (the "Removed …" lists beside them are the lead's undo).
    const shown = (await lead.locator('.redaction__text').allInnerTexts()).join('\n');
    expect(shown).toContain('[a name]');
    for (const item of PLANTED) expect(shown).not.toContain(item);
    await publish.click();
    await expectVisible(
      lead,
      lead.getByText('Published. Every device receives it at its next sync.'),
      'published',
    );
    await waitUntilAllSynced(lead);
  });

  it('pc200 of another team reads it offline; no planted item on screen or in the stored copy', async () => {
    reader = await open(pc200);
    await waitForServiceWorker(reader);
    await syncNowAndSettle(reader);
    await reader.context().setOffline(true);
    await reader.goto(`/good-practice/${problemId}`);
    await expectVisible(reader, reader.getByRole('heading', { name: title, level: 1 }), 'the copy offline');
    const screen = await reader.locator('main').innerText();
    const stored = JSON.stringify(await storedCopy(reader, problemId));
    expect(stored).toContain('Lighting and patrols cut calls by half.');
    expect(stored).toContain('[a name]');
    for (const item of PLANTED) {
      expect(screen).not.toContain(item);
      expect(stored.toLowerCase()).not.toContain(item.toLowerCase());
    }
    // Left offline until the withdrawal below: back online, the device syncs by itself, and the
    // copy could be gone before the next step looks at it.
  });

  it('pl300 withdraws it; at pc200’s next sync its content is gone from pc200’s IndexedDB', async () => {
    const page = need(lead, 'the lead page');
    await page.goto('/good-practice/nominations');
    await page.getByLabel(`Why withdraw “${title}”`).fill('Withdrawn for a second look.');
    await page.getByRole('button', { name: `Withdraw “${title}”` }).click();
    await expectVisible(
      page,
      page.getByText(`“${title}” withdrawn. It leaves every device at its next sync.`),
      'withdrawn',
    );
    await waitUntilAllSynced(page);

    const device2 = need(reader, 'the reader page');
    expect((await storedCopy(device2, problemId))?.summary).toBe('Lighting and patrols cut calls by half.');
    await device2.context().setOffline(false);
    await syncNowAndSettle(device2);
    await expect.poll(async () => (await storedCopy(device2, problemId))?.deleted).toBe(true);
    const after = await storedCopy(device2, problemId);
    expect(after).toMatchObject({ withdrawn: true, title: '', summary: '', body: {} });
    expect(JSON.stringify(after)).not.toContain('Lighting');
    await device2.goto('/good-practice');
    await expectVisible(
      device2,
      device2.getByRole('heading', { name: 'Good practice', level: 1 }).or(device2.locator('h1').first()),
      'the library',
    );
    expect(await device2.getByRole('link', { name: title }).count()).toBe(0);
  });
});
