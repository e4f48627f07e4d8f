// Signing out on a shared device (must-show 5), in real Chromium against the built app.
// With unsynced work and no signal, "Sign out" says what would be lost and offers to sync first;
// Escape cancels; after "Sign out and delete unsynced work" nothing of that officer remains in
// IndexedDB, in Cache Storage (beyond the app shell's precache) or in localStorage. With nothing
// unsynced and a signal, signing out ends the session on the force database too.
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
import { waitUntilAllSynced } from './support/sync-status';
import { need, scenarioSteps } from './support/scenario';
import { e2eEnv } from './support/env';
import { fillProblemForm, openList, saveAndExpectView, startNewProblem } from './support/problems';
import { PHONE, openSection } from './support/osara';
import { pressSignOut, syncIndicator } from './support/shell';

interface DeviceData {
  databases: string[];
  caches: string[];
  storage: Record<string, string>;
}

/** Everything the page's origin holds in IndexedDB, Cache Storage and localStorage. */
function deviceData(page: Page): Promise<DeviceData> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
    storage: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])),
  }));
}

async function signedInUserId(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('beatbook.lastSignedIn'));
  const id = (JSON.parse(raw ?? '{}') as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('No remembered officer on the device');
  return id;
}

function dialog(page: Page) {
  return page.getByRole('dialog');
}

describe('Signing out on a shared device', () => {
  const env = e2eEnv();
  const { teammate: pc124 } = env.users;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const title = `Bins set alight ${suffix}`;
  const draftText = `Ask the council for lidded bins ${suffix}`;
  let device: Device | undefined;
  let page: Page | undefined;
  let userId = '';

  scenarioSteps('sign-out', env.artifactsDir, () => ({ pc124: page }));

  afterAll(async () => {
    await device?.close();
  });

  it('pc124 records a problem, then offline edits it and half-types an action', async () => {
    device = await launchDevice(env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(device.context);
    await signIn(page, pc124);
    await waitForServiceWorker(page);
    userId = await signedInUserId(page);
    await openList(page);
    await startNewProblem(page);
    await fillProblemForm(page, {
      title,
      problemType: 'Criminal damage and graffiti',
      description: 'Wheelie bins set alight behind the flats.',
      location: 'Orchard Court',
      status: 'Scanning',
    });
    await saveAndExpectView(page, title);
    const problemId = /\/problems\/([0-9a-f-]{36})/i.exec(page.url())?.[1] ?? '';
    await waitUntilAllSynced(page);

    await page.context().setOffline(true);
    await openSection(page, problemId, 'Response');
    await page
      .getByRole('group', { name: 'New action' })
      .getByLabel('What will be done', { exact: true })
      .fill(draftText);
    await openSection(page, problemId, 'Objective');
    await page.getByLabel('Success measure', { exact: true }).fill(`Fewer bin fires ${suffix}`);
    await page.getByLabel('Success measure', { exact: true }).blur();
    await expectVisible(page, page.getByText(/^Saved on this device/).first(), 'the objective saved');
    const before = await deviceData(page);
    expect(before.databases).toContain(`beatbook-${userId}`);
    expect(
      Object.keys(before.storage).some((k) => k.startsWith('beatbook.draft.') && k.includes(userId)),
    ).toBe(true);
  });

  it('Sign out warns with the count of unsent work; Escape cancels and keeps everything', async () => {
    const p = need(page, "pc124's phone");
    await pressSignOut(p);
    await expectVisible(
      p,
      dialog(p).getByRole('heading', { name: 'You have work that has not been sent' }),
      'the warning',
    );
    await expectVisible(
      p,
      dialog(p).getByText(/^\d+ changes? waiting to be sent$/),
      'the count of unsent changes',
    );
    await expectVisible(p, dialog(p).getByRole('button', { name: 'Sync now, then sign out' }), 'sync first');
    await expectVisible(
      p,
      dialog(p).getByRole('button', { name: 'Sign out and delete unsynced work' }),
      'the destructive choice',
    );
    await expectNoSeriousA11yViolations(p, 'sign-out dialog');
    // Focus starts inside the modal dialog, and Tab stays in it.
    for (let i = 0; i < 6; i += 1) {
      expect(await p.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await p.keyboard.press('Tab');
    }
    // Offline, "Sync now" cannot send anything: it says so and deletes nothing.
    await dialog(p).getByRole('button', { name: 'Sync now, then sign out' }).click();
    await expectVisible(
      p,
      dialog(p).getByText(/This device is offline, so nothing could be sent/),
      'why not',
    );
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog(p).count()).toBe(0);
    expect((await deviceData(p)).databases).toContain(`beatbook-${userId}`);
  });

  it('after "Sign out and delete unsynced work", nothing of pc124 is left on the device', async () => {
    const p = need(page, "pc124's phone");
    await pressSignOut(p);
    await dialog(p).getByRole('button', { name: 'Sign out and delete unsynced work' }).click();
    await expectVisible(p, p.getByLabel(/^username/i), 'the sign-in screen');
    const after = await deviceData(p);
    expect(after.databases.filter((name) => name.includes(userId))).toEqual([]);
    expect(after.caches.filter((name) => !name.startsWith('workbox-precache'))).toEqual([]);
    expect(after.caches.length).toBeGreaterThan(0); // the app shell stays, so the app still opens offline
    const leftovers = Object.entries(after.storage).filter(
      ([key, value]) => key.includes(userId) || value.includes(userId) || value.includes(suffix),
    );
    expect(leftovers).toEqual([]);
    // The app still opens with no signal, at the sign-in screen, and does not reopen pc124's work.
    await p.reload();
    await expectVisible(p, p.getByLabel(/^username/i), 'the sign-in screen after an offline reload');
    await p.context().setOffline(false);
  });

  it('with nothing unsent and a signal, signing out also ends the session on the force database', async () => {
    const p = need(page, "pc124's phone");
    // Signing in again returns to the screen pc124 left, not necessarily the list.
    await p.getByLabel(/^username/i).fill(pc124.username);
    await p.getByLabel(/^password/i).fill(pc124.password);
    await p.getByRole('button', { name: /^sign in$/i }).click();
    await expectVisible(p, syncIndicator(p), 'pc124 signed in again', 30_000);
    await waitUntilAllSynced(p);
    const me = () => p.evaluate(async () => (await fetch('/api/me')).status);
    expect(await me()).toBe(200);
    await pressSignOut(p);
    await expectVisible(
      p,
      dialog(p).getByRole('heading', { name: 'Sign out of Beatbook?' }),
      'the plain question',
    );
    await dialog(p).getByRole('button', { name: 'Sign out', exact: true }).click();
    await expectVisible(p, p.getByLabel(/^username/i), 'the sign-in screen');
    expect(await me()).toBe(401);
    expect((await deviceData(p)).databases.filter((name) => name.includes(userId))).toEqual([]);
    // pc124's offline objective was deleted, never sent: the force database's copy has none.
  });
});
