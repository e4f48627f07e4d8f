// Issue 7: the prevention lead's dashboard in the real app. Its figures are checked against the
// database in tests/integration/server/demo-dashboard.test.ts; here: it shows what the lead's
// device pulled, every chart has its table, and the screen passes axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '#domain/ids';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  newAppContext,
  newWatchedPage,
  signIn,
} from './support/browser';
import { syncNowAndSettle } from './support/sync-status';
import { e2eEnv } from './support/env';
import { need, scenarioSteps } from './support/scenario';
import type { Browser, BrowserContext } from 'playwright-core';
import { join } from 'node:path';

const env = e2eEnv();

describe('prevention dashboard', () => {
  let browser: Browser;
  let officer: BrowserContext | undefined;
  let lead: BrowserContext | undefined;
  let page: Page | undefined;
  const title = `Dashboard check ${uuidv7()}`;

  scenarioSteps('dashboard', env.artifactsDir, () => ({ lead: page }));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await officer?.close();
    await lead?.close();
    await browser.close();
  });

  it('an officer records a problem (through the force database API)', async () => {
    officer = await newAppContext(browser, env.baseUrl);
    const { username, password } = env.users.officer;
    const headers = { 'X-Beatbook': '1' };
    const signedIn = await officer.request.post('/api/session', { headers, data: { username, password } });
    expect(signedIn.status()).toBe(200);
    const at = new Date().toISOString();
    const pushed = await officer.request.post('/api/sync/push', {
      headers,
      data: {
        deviceId: crypto.randomUUID(),
        mutations: [
          {
            id: uuidv7(),
            collection: 'problems',
            recordId: uuidv7(),
            op: 'put',
            baseVersion: null,
            at,
            changes: {
              teamId: 'north',
              title,
              problemType: 'vehicle_crime',
              description: 'Thefts from vans overnight.',
              locationText: 'Mill Lane',
              status: 'scanning',
            },
          },
        ],
      },
    });
    const body = (await pushed.json()) as { results: { status: string }[] };
    expect(body.results[0]?.status).toBe('applied');
  });

  it('the prevention lead sees the force’s figures, each chart with its table', async () => {
    lead = await newAppContext(browser, env.baseUrl, { viewport: { width: 1280, height: 900 } });
    page = await newWatchedPage(lead);
    await signIn(page, env.users.preventionLead);
    await syncNowAndSettle(page);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expectVisible(page, page.getByRole('heading', { name: 'Prevention dashboard' }), 'the dashboard');
    const summary = await page.getByText(/problems? on this device/).textContent();
    const total = Number(/(\d+) problems? on this device/.exec(summary ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(1);
    const byStatus = page.getByRole('table', { name: 'Problems by status' });
    await expectVisible(page, byStatus, 'the "Problems by status" table');
    const counts = await byStatus.locator('tbody td.figure-table__number').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    await expectVisible(page, page.getByRole('table', { name: 'Problems by type' }), 'problems by type');
    await expectVisible(page, page.getByRole('row', { name: /Vehicle crime/ }), 'the vehicle crime row');
  });

  it('passes axe, and is captured for review', async () => {
    const p = need(page, 'the lead’s page');
    await expectNoSeriousA11yViolations(p, 'dashboard');
    await p.screenshot({ path: join(env.artifactsDir, 'dashboard-desktop.png'), fullPage: true });
  });
});
