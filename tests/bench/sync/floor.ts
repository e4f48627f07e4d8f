// The floor: one JSON response of the whole feed, fetched and written to raw IndexedDB, one
// transaction per 1,000 records, no framework, no validation, no merge. Nothing a real sync can
// skip is cheaper than this, so the app's time is reported as a ratio to it.
import type { Browser } from 'playwright-core';
import { startMeter, type Figures } from './measure';
import { startFloorServer } from './server';

export async function measureFloor(browser: Browser, feedJson: string): Promise<Figures> {
  const server = await startFloorServer(feedJson);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    const meter = await startMeter(page, (url) => url.endsWith('/floor.json'));
    const ms = await page.evaluate(async () => {
      const start = performance.now();
      const body = (await (await fetch('/floor.json')).json()) as {
        collection: string;
        record: { id: string };
      }[];
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('floor', 1);
        open.onupgradeneeded = () => {
          for (const name of ['problems', 'activities'])
            open.result.createObjectStore(name, { keyPath: 'id' });
        };
        open.onsuccess = () => {
          done(open.result);
        };
        open.onerror = () => {
          fail(open.error ?? new Error('open failed'));
        };
      });
      for (let i = 0; i < body.length; i += 1000) {
        const tx = db.transaction(['problems', 'activities'], 'readwrite');
        for (const change of body.slice(i, i + 1000)) tx.objectStore(change.collection).put(change.record);
        await new Promise<void>((done, fail) => {
          tx.oncomplete = () => {
            done();
          };
          tx.onerror = () => {
            fail(tx.error ?? new Error('transaction failed'));
          };
        });
      }
      db.close();
      return performance.now() - start;
    });
    return { ms, ...meter.stop() };
  } finally {
    await context.close();
    await server.stop();
  }
}
