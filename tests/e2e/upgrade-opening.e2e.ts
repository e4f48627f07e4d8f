// Opening after an app update that upgrades the device's store (schema.ts, version 8 writes every
// activity again): a phone whose database version 7 left with 20,000 activities opens the new
// build, the opening screen counts the activities as they are written (not "Opening Beatbook…"
// alone), and the app opens with them once the upgrade ends. The store is built in the page with
// raw IndexedDB, as version 7 of the app left it (tests/integration/client/old-schemas.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { STORES_V7 } from '../integration/client/old-schemas';
import { expectVisible, launchDevice, newWatchedPage, type Device } from './support/browser';
import { e2eEnv } from './support/env';
import { scenarioSteps } from './support/scenario';
import { mainNav } from './support/shell';

const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = join(process.cwd(), 'tests', 'e2e', 'screenshots');
const ACTIVITIES = 20_000;

/** Builds the version-7 store of `userId` with `count` patrol activities and remembers the user. */
async function storeOfVersion7(page: Page, userId: string, count: number): Promise<void> {
  await page.evaluate(
    async ({ userId, count, stores }) => {
      const name = `beatbook-${userId}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        // Dexie's version 7 is IndexedDB version 70.
        const request = indexedDB.open(name, 70);
        request.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(stores)) {
            const [key = '', ...indexes] = spec.split(',').map((part) => part.trim());
            const created = request.result.createObjectStore(store, {
              keyPath: key.replace('++', ''),
              autoIncrement: key.startsWith('++'),
            });
            for (const index of indexes)
              created.createIndex(index.replace('&', ''), index.replace('&', ''), {
                unique: index.startsWith('&'),
              });
          }
        };
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error(`could not open ${name}`));
        };
      });
      for (let start = 0; start < count; start += 5_000) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('activities', 'readwrite');
          const activities = tx.objectStore('activities');
          for (let i = start; i < Math.min(count, start + 5_000); i++) {
            const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
            activities.put({
              id: `0190b7a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
              version: i + 1,
              createdAt: at,
              createdBy: userId,
              updatedAt: at,
              updatedBy: userId,
              deleted: false,
              teamId: 'north',
              activityType: 'patrol',
              startedAt: at,
              durationMinutes: 30,
              notes: 'Walked the parade and the car park behind the shops.',
            });
          }
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('could not write the activities'));
          };
        });
      }
      db.close();
      localStorage.setItem(
        'beatbook.lastSignedIn',
        JSON.stringify({
          id: userId,
          username: userId,
          displayName: 'PC Upgrade Example',
          role: 'officer',
          teams: [{ id: 'north', name: 'North Neighbourhood Team' }],
        }),
      );
    },
    { userId, count, stores: STORES_V7 },
  );
}

describe('opening after an update that upgrades the device store', () => {
  const env = e2eEnv();
  let phone: Device | undefined;
  let page: Page | undefined;

  scenarioSteps('upgrade-opening', env.artifactsDir, () => ({ officer: page }));

  afterAll(async () => {
    await phone?.close();
  });

  it(`counts the ${ACTIVITIES.toLocaleString('en-GB')} activities as it writes them, then opens the app`, async () => {
    phone = await launchDevice(env.baseUrl, { viewport: PHONE });
    page = await newWatchedPage(phone.context);
    const p = page;
    await p.goto('/accessibility');
    await storeOfVersion7(p, `upgrade-${Date.now().toString(36)}`, ACTIVITIES);
    await p.goto('/');
    const count = p.getByRole('status').filter({
      hasText: /^Updating the activities on this device for the new version: [\d,]+ of 20,000\./,
    });
    await expectVisible(p, count, 'the count of activities being updated', 30_000);
    const bar = p.getByRole('progressbar', { name: 'Activities updated' });
    expect(await bar.getAttribute('max')).toBe(String(ACTIVITIES));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await p.screenshot({ path: join(SCREENSHOTS, 'upgrade-opening-phone.png') });
    // Once every activity is written the app opens, with the count gone.
    await expectVisible(p, mainNav(p), 'the app after the upgrade', 60_000);
    await expect(p.getByText(/Updating the activities/).count()).resolves.toBe(0);
  });
});
