// Issue 14, the map on a 390 × 844 phone: with no tile server the force's districts and wards are
// drawn as the background (and still are with no signal, from the device), the map's controls are
// at least 44 × 44 px, axe finds nothing of any impact light and dark at 200 % text, and nothing
// scrolls sideways at 320 px, not even a hotspot's 58-letter Welsh place name in the list. (Which requests the service worker keeps as tiles: tests/unit/client/sw-tiles.test.ts.)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { localDate } from '#domain/dates';
import { importGeoJson, squareRing } from './support/admin-cli';
import {
  expectVisible,
  formatViolations,
  launchDevice,
  newWatchedPage,
  signIn,
  waitForServiceWorker,
  type Device,
} from './support/browser';
import { e2eEnv } from './support/env';
import { sidewaysProblem } from './support/layout';
import { need, scenarioSteps } from './support/scenario';

const PHONE = { width: 390, height: 844 };
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/** The force's districts and wards as an admin loads them, and a hotspot for today in the ward. */
async function importAreasAndHotspot(
  suffix: string,
  hotspot: string,
  serverEnv: Record<string, string>,
): Promise<string> {
  const district = `district-${suffix}`;
  const ward = `Millbrook ${suffix}`;
  await importGeoJson(
    'areas',
    [
      {
        id: district,
        properties: { name: `East district ${suffix}`, kind: 'district' },
        ring: squareRing(-1.5, 53.81, 0.02),
      },
      {
        id: `ward-${suffix}`,
        properties: { name: ward, kind: 'ward', parent: district },
        ring: squareRing(-1.5, 53.805, 0.01),
      },
    ],
    serverEnv,
  );
  await importGeoJson(
    { hotspotsFor: localDate(new Date().toISOString()) ?? '' },
    [
      {
        id: `hotspot-${suffix}`,
        properties: { name: hotspot, teams: ['north'] },
        ring: squareRing(-1.5, 53.805, 0.002),
      },
    ],
    serverEnv,
  );
  return ward;
}

async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.length === 0 ? [] : [`axe on ${screen}:\n${formatViolations(violations)}`];
}

describe('the map on a phone', () => {
  const env = e2eEnv();
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  // A real place name of 58 letters, unbroken: the list below the map must wrap it at 320 px.
  const hotspot = `Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch ${suffix}`;
  let ward = '';
  let phone: Device | undefined;
  let page: Page | undefined;

  scenarioSteps('map-phone', env.artifactsDir, () => ({ officer: page }));

  afterAll(async () => {
    await phone?.close();
  });

  it("an admin loads a district and a ward, and an analyst today's hotspot; the officer signs in on a phone", async () => {
    ward = await importAreasAndHotspot(suffix, hotspot, env.serverEnv);
    phone = await launchDevice(env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(phone.context);
    await page.emulateMedia({ colorScheme: 'light' });
    await signIn(page, env.users.officer);
    await waitForServiceWorker(page);
  });

  it('with no tile server, draws the areas; controls 44 px; axe clean light and dark at 200 % text; fits 320 px', async () => {
    const p = need(page, "the officer's phone");
    await p.goto('/map');
    await expectVisible(p, p.getByRole('region', { name: /^Map of / }), 'the labelled map');
    await p.locator('path.map-area--ward').first().waitFor({ state: 'attached' });
    expect(await p.locator('path.map-area--district').count()).toBeGreaterThanOrEqual(1);
    await expectVisible(p, p.locator('.map-area-label', { hasText: ward }), 'the ward name on the map');
    await expectVisible(
      p,
      p.getByText(/districts and wards are drawn instead/),
      'the note on the background',
    );
    await expectVisible(
      p,
      p.getByTestId('map-list-hotspots').getByText(hotspot),
      'the hotspot with a long name in the list below the map',
    );

    const problems: string[] = [];
    for (const name of ['Zoom in', 'Zoom out']) {
      const box = await p.getByRole('button', { name }).boundingBox();
      if (box === null || box.width < 44 || box.height < 44)
        problems.push(`${name}: ${JSON.stringify(box)} is under 44 × 44 px`);
    }
    // 200 % text, as a phone's largest text setting does (set through the CSSOM: the page's CSP
    // refuses inline style tags).
    await p.evaluate(() => {
      document.documentElement.style.setProperty('font-size', '200%', 'important');
    });
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      problems.push(...(await axeProblems(p, `Map (${scheme}, 200 % text)`)));
      mkdirSync(SCREENSHOTS, { recursive: true });
      await p.screenshot({ path: join(SCREENSHOTS, `phone-map-areas-${scheme}.png`) });
    }
    await p.setViewportSize({ width: 320, height: PHONE.height });
    const sideways = await sidewaysProblem(p, 'the map');
    if (sideways !== undefined) problems.push(sideways);
    await p.setViewportSize(PHONE);
    await p.emulateMedia({ colorScheme: 'light' });
    expect(problems.join('\n\n')).toBe('');
  });

  it('with no signal, still draws the areas it had', async () => {
    const p = need(page, "the officer's phone");
    await p.context().setOffline(true);
    try {
      await p.reload();
      await expectVisible(p, p.getByRole('region', { name: /^Map of / }), 'the map offline');
      await p.locator('path.map-area--ward').first().waitFor({ state: 'attached' });
      await expectVisible(p, p.locator('.map-area-label', { hasText: ward }), 'the ward name offline');
    } finally {
      await p.context().setOffline(false);
    }
  });

  it("Today's card for the hotspot with the long name fits 320 px at 200 % text too", async () => {
    const p = need(page, "the officer's phone");
    await p.setViewportSize({ width: 320, height: PHONE.height });
    try {
      await p.goto('/today');
      await expectVisible(
        p,
        p.getByTestId('today-hotspot').filter({ hasText: hotspot }),
        'the hotspot on Today',
      );
      await p.evaluate(() => {
        document.documentElement.style.setProperty('font-size', '200%', 'important');
      });
      expect(await sidewaysProblem(p, 'Today')).toBeUndefined();
    } finally {
      await p.setViewportSize(PHONE);
    }
  });
});
