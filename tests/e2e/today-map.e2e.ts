// Issue 4, Today and Map (must-show 5 for both screens): an analyst loads today's hotspots with the
// admin CLI (one for team north, one for team south); pc123's activity in the north hotspot
// reaches the force database; pc123's phone syncs, loses signal, and still shows Today (the
// north hotspot only, with its patrol minutes and a "Log activity here" link) and the Map (the
// outline as an SVG path on a plain background, and the list alternative with the same facts).
// Both screens pass axe and are photographed on a phone. "Log activity here", offline with location
// refused, saves an activity linked to the card's hotspot (issue 14).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { localDate } from '#domain/dates';
import { hotspotRecordId } from '#server/patrol/hotspots';
import { importGeoJson, squareRing } from './support/admin-cli';
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
import { e2eEnv } from './support/env';
import { need, scenarioSteps } from './support/scenario';

const PHONE = { width: 390, height: 844 };
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

describe('Today and Map, offline on a phone', () => {
  const env = e2eEnv();
  const { officer: pc123 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const day = localDate(new Date().toISOString()) ?? '';
  const north = { id: `north-${suffix}`, name: `Market Square ${suffix}` };
  const south = { id: `south-${suffix}`, name: `Southgate Arcade ${suffix}` };
  const northId = hotspotRecordId(day, north.id);
  let phone: Device | undefined;
  let page: Page | undefined;

  scenarioSteps('today-map', env.artifactsDir, () => ({ officer: page }));

  afterAll(async () => {
    await phone?.close();
  });

  it("an analyst loads today's hotspots for north and south with the admin CLI", async () => {
    await importGeoJson(
      { hotspotsFor: day },
      [
        {
          id: north.id,
          properties: { name: north.name, teams: ['north'] },
          ring: squareRing(-1.5, 53.8, 0.003),
        },
        {
          id: south.id,
          properties: { name: south.name, teams: ['south'] },
          ring: squareRing(-1.46, 53.78, 0.003),
        },
      ],
      env.serverEnv,
    );
  });

  it('pc123 signs in on a phone; a 25-minute patrol in the north hotspot reaches the force database', async () => {
    phone = await launchDevice(env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(phone.context);
    await signIn(page, pc123);
    await waitForServiceWorker(page);
    // Logged on another device (the capture screen has its own test): pushed with pc123's session.
    const recordId = randomUUID();
    const startedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const response = await phone.context.request.post('/api/sync/push', {
      headers: { 'X-Beatbook': '1' },
      data: {
        deviceId: randomUUID(),
        mutations: [
          {
            id: randomUUID(),
            collection: 'activities',
            recordId,
            op: 'put',
            baseVersion: null,
            at: startedAt,
            changes: {
              teamId: 'north',
              type: 'patrol',
              startedAt,
              durationMinutes: 25,
              position: { lat: 53.8005, lng: -1.4995, accuracyM: 10 },
              placeText: `Market Square steps ${suffix}`,
              hotspotId: northId,
              hotspotLink: 'auto',
            },
          },
        ],
      },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { results: { status: string; error?: unknown }[] };
    expect(body.results.map((r) => r.status)).toEqual(['applied']);
  });

  it('Today, offline: the north hotspot with its minutes and a link to log activity there (axe, screenshot)', async () => {
    const p = need(page, "pc123's phone");
    await syncNowAndSettle(p);
    await p.context().setOffline(true);
    await p.goto('/today');
    const item = p.getByTestId('today-hotspot').filter({ hasText: north.name });
    await expectVisible(p, item, `the hotspot "${north.name}" on Today`);
    expect(await item.getByRole('definition').allInnerTexts()).toEqual(['25 min', '25 min']);
    const log = item.getByRole('link', { name: new RegExp(`^Log activity here\\s*: ${north.name}$`) });
    expect(await log.getAttribute('href')).toBe(`/activity/new?hotspot=${northId}`);
    // South's hotspot is on the device (every team gets the day's hotspots) but not on my briefing.
    expect(await p.getByText(south.name).count()).toBe(0);
    await expectVisible(p, p.getByRole('heading', { name: 'Actions due' }), 'the actions due section');
    await expectVisible(p, p.getByRole('heading', { name: 'Reviews due' }), 'the reviews due section');
    await expectNoSeriousA11yViolations(p, 'Today (offline)');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await p.screenshot({ path: join(SCREENSHOTS, 'today-phone.png'), fullPage: true });
  });

  it('Map, offline: the hotspot outline on a plain background and the same facts as a list (axe, screenshot)', async () => {
    const p = need(page, "pc123's phone");
    await p.getByRole('link', { name: 'See today on the map' }).click();
    await expectVisible(p, p.getByRole('heading', { name: 'Map', level: 1 }), 'the Map heading');
    const canvas = p.getByRole('region', { name: /^Map of \d+ hotspots? and \d+ activit(?:y|ies)$/ });
    await expectVisible(p, canvas, 'the labelled map');
    // Leaflet draws the outline and the activity as SVG paths in its overlay pane.
    await p.locator('.leaflet-overlay-pane svg path').first().waitFor({ state: 'attached' });
    expect(await p.locator('.leaflet-overlay-pane svg path').count()).toBeGreaterThanOrEqual(2);
    // No tile server in the test configuration: no tile images at all, broken or otherwise.
    expect(await p.locator('.leaflet-tile').count()).toBe(0);
    const hotspots = p.getByTestId('map-list-hotspots');
    await expectVisible(p, hotspots.getByText(north.name), 'the hotspot in the list');
    expect(await hotspots.innerText()).toContain('patrolled 25 min today, 25 min in the last 7 days');
    const activities = p.getByTestId('map-list-activities');
    expect(await activities.innerText()).toMatch(
      new RegExp(`Patrol: .*25 min · Market Square steps ${suffix} · Hotspot: ${north.name}`),
    );
    await expectNoSeriousA11yViolations(p, 'Map (offline)');
    await p.screenshot({ path: join(SCREENSHOTS, 'map-phone.png'), fullPage: true });
  });
  it('"Log activity here", offline with location refused, saves an activity linked to that hotspot', async () => {
    const p = need(page, "pc123's phone");
    // Location refused: the browser says no at once, whatever its default for this context.
    await p.addInitScript(() => {
      const deny = (_ok: unknown, fail?: (e: { code: number; message: string }) => void) => {
        setTimeout(() => fail?.({ code: 1, message: 'User denied Geolocation' }), 10);
      };
      Object.defineProperty(navigator, 'geolocation', {
        value: { getCurrentPosition: deny, watchPosition: deny, clearWatch: () => undefined },
      });
    });
    await p.goto('/today');
    const item = p.getByTestId('today-hotspot').filter({ hasText: north.name });
    await item.getByRole('link', { name: new RegExp(`^Log activity here\\s*: ${north.name}$`) }).click();
    await expectVisible(p, p.getByText(/location is turned off for beatbook/i), 'the refused-location note');
    expect(await p.getByLabel('Hotspot', { exact: true }).inputValue()).toBe(northId);
    const notes = `Walked the square from the card ${suffix}`;
    await p.getByRole('button', { name: 'Patrol', exact: true }).click();
    await p.getByLabel('Notes', { exact: true }).fill(notes);
    await p.getByRole('button', { name: /^save$/i }).click();
    await expectVisible(p, p.getByText('Activity saved on this device.'), 'the saved activity');
    await p.context().setOffline(false);
    await waitUntilAllSynced(p);
    // What reached the force database: linked to the card's hotspot, by the officer, no position.
    let cursor = 0;
    let found: Record<string, unknown> | undefined;
    for (let i = 0; i < 100 && found === undefined; i++) {
      const response = await p.context().request.get(`/api/sync/pull?cursor=${String(cursor)}&limit=500`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as {
        changes: { collection: string; record: Record<string, unknown> }[];
        cursor: number;
        hasMore: boolean;
      };
      found = body.changes.find((c) => c.collection === 'activities' && c.record.notes === notes)?.record;
      if (!body.hasMore) break;
      cursor = body.cursor;
    }
    expect(found).toMatchObject({ hotspotId: northId, hotspotLink: 'officer', type: 'patrol' });
    expect(found?.position).toBeUndefined();
  });
});
