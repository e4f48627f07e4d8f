// The app's initial sync as an officer meets it: a fresh browser profile, the sign-in form of the
// real app served by the real server, then the clock runs from the click on "Sign in" until the
// app says "All changes synced", which it does only once the feed's last page is stored; the
// device's pull cursor, read from the app's own IndexedDB database, must then be the feed's last
// change number.
//
// Both ends are read inside the page, as the floor's are (floor.ts): the click when it reaches the
// page's document, and the end when the status element's text becomes "All changes synced" (a
// MutationObserver). Timed from Node instead, the figure also held Playwright's checks before it
// clicks (about 50 ms) and its polling for the text (up to 100 ms more).
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, homeHeading, openSignIn, signInButton } from '../../e2e/support/browser';
import { startMeter, type Figures } from './measure';
import { LEAD } from './force';

export { CHROMIUM_ARGS };

/** The stored pull cursor and record counts, or null before the app has made its database. */
async function readDevice(
  page: import('playwright-core').Page,
  dbName: string,
  count: boolean,
): Promise<{ cursor: number; records: number } | null> {
  return page.evaluate(
    async ([name, withCounts]) => {
      const known = await indexedDB.databases();
      if (!known.some((d) => d.name === name)) return null;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          done(open.result);
        };
        open.onerror = () => {
          fail(open.error ?? new Error('open failed'));
        };
      });
      try {
        if (!db.objectStoreNames.contains('meta')) return null;
        const tx = db.transaction(['meta', 'problems', 'activities'], 'readonly');
        const get = <T>(request: IDBRequest<T>): Promise<T> =>
          new Promise((done) => {
            request.onsuccess = () => {
              done(request.result);
            };
          });
        const cursor = (await get(tx.objectStore('meta').get('pullCursor'))) as
          { value?: number } | undefined;
        if (!withCounts) return { cursor: cursor?.value ?? 0, records: 0 };
        const problems = await get(tx.objectStore('problems').count());
        const activities = await get(tx.objectStore('activities').count());
        return { cursor: cursor?.value ?? 0, records: problems + activities };
      } finally {
        db.close();
      }
    },
    [dbName, count] as const,
  );
}

export async function measureAppSync(
  browser: Browser,
  baseUrl: string,
  leadId: string,
  lastVersion: number,
): Promise<Figures & { stored: number }> {
  // The service worker is blocked: it never handles /api (ARCHITECTURE.md), but requests that
  // pass through it report no encoded size to CDP, which would hide the bytes on the wire.
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', locale: 'en-GB' });
  try {
    // tsx compiles this file with keepNames, which wraps named functions inside evaluate() in a
    // `__name` helper that exists only in Node.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await openSignIn(page);
    await page.getByLabel(/^username/i).fill(LEAD.username);
    await page.getByLabel(/^password/i).fill(LEAD.password);
    await page.evaluate(() => {
      const marks = { click: 0, synced: 0 };
      (globalThis as { benchMarks?: typeof marks }).benchMarks = marks;
      const at = (): number => performance.timeOrigin + performance.now();
      document.addEventListener(
        'click',
        (event) => {
          const button = event.target instanceof Element ? event.target.closest('button') : null;
          if (marks.click === 0 && /^sign in$/i.test(button?.textContent.trim() ?? '')) marks.click = at();
        },
        { capture: true },
      );
      const synced = (): boolean =>
        [...document.querySelectorAll('[role="status"]')].some((e) =>
          e.textContent.includes('All changes synced'),
        );
      new MutationObserver((_, observer) => {
        if (marks.click === 0 || !synced()) return;
        marks.synced = at();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const meter = await startMeter(page, (url) => url.includes('/api/'));
    const start = Date.now();
    await signInButton(page).click();
    await homeHeading(page).waitFor({ state: 'visible', timeout: 60_000 });
    const firstScreenMs = Date.now() - start;
    const name = `beatbook-${leadId}`;
    // The end is seen on the screen: "All changes synced" shows only once the feed's last page is
    // stored (its transaction writes `feedComplete`, which the sync runner watches), so this is
    // never early, only as late as one live query and one render. Reading the device's database
    // every 250 ms, as this bench did before, held a read transaction between the page writes
    // four times a second and slowed the very download it was timing; it is read once after.
    // The page's own marks give the time; Playwright's wait only says when to read them.
    await page
      .getByRole('status')
      .getByText('All changes synced', { exact: true })
      .waitFor({ state: 'visible', timeout: 30 * 60_000 });
    const marks = await page.evaluate(
      () => (globalThis as { benchMarks?: { click: number; synced: number } }).benchMarks,
    );
    if (marks === undefined || marks.click === 0 || marks.synced === 0) {
      throw new Error('the page did not record the sign-in click and the end of the sync');
    }
    const ms = marks.synced - marks.click;
    const cursor = (await readDevice(page, name, false))?.cursor;
    if (cursor !== lastVersion) {
      throw new Error(
        `"All changes synced" with the cursor at ${String(cursor)}, not ${String(lastVersion)}`,
      );
    }
    const figures = meter.stop();
    const stored = (await readDevice(page, name, true))?.records ?? 0;
    return { ms, firstScreenMs, stored, ...figures };
  } finally {
    await context.close();
  }
}
