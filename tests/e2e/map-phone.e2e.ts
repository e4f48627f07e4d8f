// Issue 14, the map on a 390 × 844 phone: with no tile server the force's districts and wards are
// drawn as the background (and still are with no signal, from the device), the map's controls are
// at least 44 × 44 px, axe finds nothing of any impact light and dark at 200 % text, and nothing
// scrolls sideways at 320 px. (Which requests the service worker keeps as tiles: tests/unit/client/sw-tiles.test.ts.)
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
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
import { need, scenarioSteps } from './support/scenario';

const PHONE = { width: 390, height: 844 };
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

const square = (lng: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});

async function importAreas(suffix: string, serverEnv: Record<string, string>): Promise<string> {
  const dir = join(tmpdir(), `beatbook-e2e-map-${String(process.pid)}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `areas-${suffix}.geojson`);
  const district = `district-${suffix}`;
  const ward = `Millbrook ${suffix}`;
  writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: district,
          properties: { name: `East district ${suffix}`, kind: 'district' },
          geometry: square(-1.52, 53.79, 0.04),
        },
        {
          type: 'Feature',
          id: `ward-${suffix}`,
          properties: { name: ward, kind: 'ward', parent: district },
          geometry: square(-1.51, 53.795, 0.02),
        },
      ],
    }),
  );
  await run(join(ROOT, 'node_modules/.bin/tsx'), ['server/cli/admin.ts', 'areas:import', file], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv },
  });
  return ward;
}

async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.length === 0 ? [] : [`axe on ${screen}:\n${formatViolations(violations)}`];
}

describe('the map on a phone', () => {
  const env = e2eEnv();
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  let ward = '';
  let phone: Device | undefined;
  let page: Page | undefined;

  scenarioSteps('map-phone', env.artifactsDir, () => ({ officer: page }));

  afterAll(async () => {
    await phone?.close();
  });

  it('an admin loads a district and a ward; the officer signs in on a phone', async () => {
    ward = await importAreas(suffix, env.serverEnv);
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
    const measure = (): Promise<{ by: number; over: string[] }> =>
      p.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
          .slice(0, 5);
        return { by: document.documentElement.scrollWidth - width, over };
      });
    // The map redraws its layers after the resize (Leaflet, on its own resize handler); on a busy
    // machine the old layer can still be there when the page is first measured. Wait until it
    // fits, and report what is too wide if it never does.
    let sideways = await measure();
    await expect
      .poll(async () => (sideways = await measure()).by, { timeout: 10_000, interval: 100 })
      .toBeLessThanOrEqual(0)
      .catch(() => undefined);
    if (sideways.by > 0)
      problems.push(`the map is ${String(sideways.by)} px too wide at 320 px: ${sideways.over.join(', ')}`);
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
});
