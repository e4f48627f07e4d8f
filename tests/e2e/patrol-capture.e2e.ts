// Issue 4, must-show 1 and 5: on a phone, offline, an officer logs a patrol with a photo that
// carries EXIF GPS tags and a position inside today's hotspot, in three taps plus the typed
// fields; after a reload it is still there, linked to the hotspot; back online it syncs, the
// photo reaches the force database with no EXIF or GPS left (checked on the bytes), and a
// teammate's device shows it. Also: with location denied the officer is told so and can still
// save. The capture and My activity screens pass axe.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { localDate } from '#domain/dates';
import { metadataSegments } from '#client/patrol/photos/jpeg';
import { importGeoJson, squareRing } from './support/admin-cli';
import {
  expectNoSeriousA11yViolations,
  expectVisible,
  launchBrowser,
  launchDevice,
  newAppContext,
  newWatchedPage,
  signIn,
  waitForServiceWorker,
  type Device,
} from './support/browser';
import { syncNowAndSettle, waitForStatus, waitUntilAllSynced } from './support/sync-status';
import { e2eEnv } from './support/env';
import { hasExifGps, jpegSize, withExifGps } from './support/jpeg-exif';
import { need, scenarioSteps } from './support/scenario';

const PHONE = { width: 390, height: 844 };
const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
/** The centre of today's hotspot (a square 1.1 km across, imported in the first step). */
const INSIDE = { latitude: 51.5, longitude: -0.1, accuracy: 12 };

interface PulledActivity {
  id: string;
  notes?: string;
  hotspotId?: string;
  hotspotLink?: string;
  photos?: { sha256: string }[];
}

/** A camera-sized JPEG drawn by Chromium (pixels only), then given EXIF with GPS in Node. */
async function photoWithGps(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    const gradient = context.createLinearGradient(0, 0, 2400, 1800);
    gradient.addColorStop(0, '#2a6');
    gradient.addColorStop(1, '#236');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 2400, 1800);
    context.fillStyle = '#fff';
    context.font = '200px sans-serif';
    context.fillText('Graffiti, Elm Park', 100, 900);
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  const jpeg = withExifGps(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  if (!hasExifGps(jpeg)) throw new Error('the crafted test photo lacks its EXIF GPS tags');
  return jpeg;
}

/** The activity as the force database gives it to this context's user (its own session). */
async function pulledActivity(context: BrowserContext, notes: string): Promise<PulledActivity | undefined> {
  let cursor = 0;
  for (let i = 0; i < 100; i++) {
    const response = await context.request.get(`/api/sync/pull?cursor=${String(cursor)}&limit=500`);
    expect(response.status(), 'GET /api/sync/pull').toBe(200);
    const body = (await response.json()) as {
      changes: { collection: string; record: PulledActivity }[];
      cursor: number;
      hasMore: boolean;
    };
    const found = body.changes.find((c) => c.collection === 'activities' && c.record.notes === notes);
    if (found !== undefined) return found.record;
    if (!body.hasMore) return undefined;
    cursor = body.cursor;
  }
  return undefined;
}

describe('patrol capture: offline on a phone, with a photo and a hotspot', () => {
  const env = e2eEnv();
  const { officer: pc123, teammate: pc124 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const hotspotName = `Elm Park parade ${suffix}`;
  const notes = `Spoke to shopkeepers about graffiti (${suffix})`;
  const place = 'Elm Park parade, Northtown';
  const today = localDate(new Date().toISOString()) ?? '';

  let device: Device | undefined;
  let others: Browser | undefined;
  let teammateContext: BrowserContext | undefined;
  let deniedContext: BrowserContext | undefined;
  let officer: Page | undefined;
  let teammate: Page | undefined;
  let denied: Page | undefined;
  let activityId = '';
  let sha256 = '';

  scenarioSteps('patrol-capture', env.artifactsDir, () => ({ officer, teammate, denied }));

  afterAll(async () => {
    await teammateContext?.close();
    await deniedContext?.close();
    await others?.close();
    await device?.close();
  });

  it("an analyst imports today's hotspot with the admin command", async () => {
    await importGeoJson(
      { hotspotsFor: today },
      [
        {
          id: `e2e-${hotspotName}`,
          properties: { name: hotspotName },
          ring: squareRing(INSIDE.longitude, INSIDE.latitude, 0.005),
        },
      ],
      env.serverEnv,
    );
  });

  it('pc123 signs in on a phone that allows location, and pulls the hotspot', async () => {
    device = await launchDevice(env.baseUrl, { viewport: PHONE });
    await device.context.grantPermissions(['geolocation'], { origin: env.baseUrl });
    await device.context.setGeolocation(INSIDE);
    officer = await newWatchedPage(device.context);
    await signIn(officer, pc123);
    await waitForServiceWorker(officer);
    await syncNowAndSettle(officer);
  });

  it('offline, three taps (Log activity, Patrol, Save) plus typed fields log the activity with a photo', async () => {
    const page = need(officer, "pc123's phone");
    const photo = await photoWithGps(page);
    await page.context().setOffline(true);
    await waitForStatus(page, /^\s*offline/i);

    // Tap 1.
    await page
      .getByRole('link', { name: /^log activity$/i })
      .first()
      .click();
    await expectVisible(page, page.getByRole('heading', { name: /^log activity$/i }), 'the capture screen');
    await expectVisible(
      page,
      page.getByText(/position recorded, within 12 m/i),
      'the position with its accuracy',
    );
    await expectVisible(
      page,
      page.getByText(new RegExp(`linked from your position: you are inside ${hotspotName}`, 'i')),
      'the hotspot matched from the position',
    );
    expect(await page.getByLabel(/^hotspot$/i).inputValue()).not.toBe('');
    await expectNoSeriousA11yViolations(page, 'capture screen (offline, phone)');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'patrol-capture-phone.png'), fullPage: true });

    // Tap 2.
    await page.getByRole('button', { name: /^patrol$/i }).click();
    // Typed fields and the photo (typing and choosing a file are not taps on the way).
    await page.getByLabel(/^time spent/i).fill('45');
    await page.getByLabel(/^street or place$/i).fill(place);
    await page.getByLabel(/^notes$/i).fill(notes);
    await page
      .getByLabel(/take or choose a photo/i)
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expectVisible(page, page.getByRole('img', { name: /^new photo 1$/i }), 'the photo shown at once');
    await page.screenshot({ path: join(SCREENSHOTS, 'patrol-capture-phone-filled.png'), fullPage: true });

    // Tap 3.
    await page.getByRole('button', { name: /^save$/i }).click();
    await expectVisible(
      page,
      page.getByRole('heading', { name: /^my activity$/i }),
      'My activity after saving',
    );
    await expectVisible(page, page.getByText('Activity saved on this device.'), 'the saved message');
    // Today's total counts it. Other browser files may have logged activities as pc123 today on
    // the same server (welsh.e2e does), so the total is checked against the day's own list.
    const today = page.locator('section.activity-day').first();
    await expectVisible(page, today.getByText(/^\d\d:\d\d Patrol, 45 min$/), 'the new activity today');
    const minutes = (text: string): number =>
      Number(/(\d+) hr/.exec(text)?.[1] ?? 0) * 60 + Number(/(\d+) min/.exec(text)?.[1] ?? 0);
    const listed = await today.getByText(/^\d\d:\d\d .+, (\d+ hr ?)?(\d+ min)?$/).allInnerTexts();
    const total = await today.locator('.activity-day-total').innerText();
    expect(minutes(total), `${total} against ${listed.join(' / ')}`).toBe(
      listed.reduce((sum, t) => sum + minutes(t), 0),
    );
    expect(minutes(total)).toBeGreaterThanOrEqual(45);
  });

  it('after a reload offline, the activity is there, linked to the hotspot, with its photo (My activity passes axe)', async () => {
    const page = need(officer, "pc123's phone");
    await page.reload();
    await expectVisible(
      page,
      page.getByRole('heading', { name: /^my activity$/i }),
      'My activity after reloading offline',
    );
    await expectVisible(page, page.getByText(notes), 'the activity after the reload');
    await expectVisible(page, page.getByText(new RegExp(`hotspot ${hotspotName}`)), 'the hotspot link');
    await expectVisible(
      page,
      page.getByText(new RegExp(`linked to hotspot ${hotspotName} from the position`, 'i')),
      'the automatic link',
    );
    const img = page.getByRole('img', { name: /^photo 1 of patrol/i });
    await expectVisible(page, img, 'the photo from this device');
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expectVisible(page, page.getByText(/1 photo waiting to upload/i), 'the photo waiting to upload');
    await expectNoSeriousA11yViolations(page, 'My activity (offline, phone)');
    const href = await page
      .getByRole('link', { name: /patrol, 45 min/i })
      .first()
      .getAttribute('href');
    activityId = /\/activity\/([0-9a-f-]{36})$/.exec(href ?? '')?.[1] ?? '';
    expect(activityId, `the entry links to its activity (${href ?? 'no link'})`).not.toBe('');
  });

  it('online again, it syncs: the record first, then the photo', async () => {
    const page = need(officer, "pc123's phone");
    await page.context().setOffline(false);
    await waitUntilAllSynced(page);
    await expectVisible(page, page.getByText(notes), 'the activity after syncing');
    // The upload runs in the same sync, after the push.
    await page.getByText(/photo waiting to upload/i).waitFor({ state: 'detached', timeout: 30_000 });
  });

  it("the photo on the force database has no EXIF or GPS (checked on the bytes, fetched with the teammate's session)", async () => {
    others = await launchBrowser();
    teammateContext = await newAppContext(others, env.baseUrl, { viewport: PHONE });
    teammate = await newWatchedPage(teammateContext);
    await signIn(teammate, pc124);
    const record = await pulledActivity(teammateContext, notes);
    expect(record, 'the teammate can pull the activity').toBeDefined();
    expect(record?.id).toBe(activityId);
    expect(record?.hotspotId, 'linked to a hotspot').toBeDefined();
    expect(record?.hotspotLink).toBe('auto');
    sha256 = record?.photos?.[0]?.sha256 ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);

    const response = await teammateContext.request.get(`/api/attachments/${sha256}`);
    expect(response.status(), `GET /api/attachments/${sha256}`).toBe(200);
    const bytes = await response.body();
    expect(bytes[0]).toBe(0xff);
    expect(bytes[1]).toBe(0xd8);
    expect(
      metadataSegments(bytes).map((s) => s.marker.toString(16)),
      'APP1-APP15/COM segments',
    ).toEqual([]);
    expect(bytes.includes(Buffer.from('Exif', 'latin1')), 'an "Exif" marker in the bytes').toBe(false);
    expect(bytes.includes(Buffer.from('BeatbookTestCam', 'latin1')), 'the camera name').toBe(false);
    expect(hasExifGps(bytes)).toBe(false);
    const size = jpegSize(bytes);
    expect(Math.max(size.width, size.height), 'long edge').toBeLessThanOrEqual(1600);
    expect(size).toEqual({ width: 1600, height: 1200 });
  });

  it("pc124's device shows the photo (read-only: only the author may edit)", async () => {
    const page = need(teammate, "pc124's page");
    await syncNowAndSettle(page);
    await page.goto(`/activity/${activityId}`);
    await expectVisible(
      page,
      page.getByRole('heading', { name: /^activity$/i }),
      "the teammate's view of the activity",
    );
    await expectVisible(
      page,
      page.getByText(/only the officer who logged this activity can change it/i),
      'read-only note',
    );
    const img = page.getByRole('img', { name: /^photo 1 of this activity$/i });
    await expectVisible(page, img, 'the photo fetched from the force database');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1600);
    await expectNoSeriousA11yViolations(page, "a teammate's activity");
  });

  it('with location denied, the capture screen says so and the activity still saves', async () => {
    const browser = need(others, 'the second browser');
    deniedContext = await newAppContext(browser, env.baseUrl, { viewport: PHONE });
    await deniedContext.clearPermissions();
    denied = await newWatchedPage(deniedContext);
    // Chromium answers "denied" at once for a context that was not granted geolocation; make
    // sure of it whatever the browser's default.
    await denied.addInitScript(() => {
      const deny = (_ok: unknown, fail?: (e: { code: number; message: string }) => void) => {
        setTimeout(() => fail?.({ code: 1, message: 'User denied Geolocation' }), 10);
      };
      Object.defineProperty(navigator, 'geolocation', {
        value: { getCurrentPosition: deny, watchPosition: deny, clearWatch: () => undefined },
      });
    });
    await signIn(denied, pc123);
    await denied
      .getByRole('link', { name: /^log activity$/i })
      .first()
      .click();
    await expectVisible(
      denied,
      denied.getByText(/location is turned off for beatbook/i),
      'the denied-location note',
    );
    await denied.getByRole('button', { name: /^letter drop/i }).click();
    await denied.getByLabel(/^street or place$/i).fill('Oak Road leaflet round');
    await expectNoSeriousA11yViolations(denied, 'capture screen (location denied)');
    await denied.getByRole('button', { name: /^save$/i }).click();
    await expectVisible(
      denied,
      denied.getByText('Activity saved on this device.'),
      'saved without a position',
    );
    await expectVisible(denied, denied.getByText('Oak Road leaflet round'), 'the typed place in My activity');
  });
});
