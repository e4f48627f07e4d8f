// The sync status as a test waits on it: the role="status" area's exact text, "Sync now" in the
// sync details, and a sync that has pulled and settled. Re-exported by browser.ts.
import type { Locator, Page } from 'playwright-core';
import { describePage, UI_TIMEOUT_MS } from './browser';
import { openSyncDetails, syncIndicator } from './shell';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The texts of every status region on the page, whitespace collapsed. */
export async function statusTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole('status').allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
}

/**
 * Waits until a role="status" region says `expected`: a string must be the region's whole text
 * (ignoring surrounding whitespace); a RegExp is matched against it.
 */
export async function waitForStatus(
  page: Page,
  expected: string | RegExp,
  timeout = UI_TIMEOUT_MS,
): Promise<string> {
  const pattern = typeof expected === 'string' ? new RegExp(`^\\s*${escapeRegExp(expected)}\\s*$`) : expected;
  const region = page.getByRole('status').filter({ hasText: pattern }).first();
  try {
    await region.waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(
      `Expected a status saying ${typeof expected === 'string' ? `exactly "${expected}"` : String(expected)} within ${String(timeout)} ms; status region(s) said: ${JSON.stringify(await statusTexts(page))}\n${await describePage(page)}`,
    );
  }
  return (await region.innerText()).replace(/\s+/g, ' ').trim();
}

export function syncNowButton(page: Page): Locator {
  return page.getByRole('button', { name: /^sync now$/i });
}

/**
 * "Sync now" sits in the sync details, which the top bar's indicator opens. Right after a
 * navigation the shell may not be drawn yet: the indicator is waited for, not just looked for.
 */
async function pressSyncNow(page: Page): Promise<void> {
  const button = syncNowButton(page);
  if (!(await button.isVisible())) {
    await syncIndicator(page).waitFor({ state: 'visible', timeout: 30_000 });
    if (!(await button.isVisible())) await openSyncDetails(page);
  }
  await button.click();
}

/**
 * Waits for "All changes synced". Sync runs by itself when the browser comes back online; if it
 * has not finished after `autoWaitMs`, presses "Sync now" (as an officer would) and waits again.
 */
export async function waitUntilAllSynced(
  page: Page,
  { autoWaitMs = 8_000, timeout = 45_000 } = {},
): Promise<void> {
  const synced = page
    .getByRole('status')
    .filter({ hasText: /^\s*All changes synced\s*$/ })
    .first();
  try {
    await synced.waitFor({ state: 'visible', timeout: autoWaitMs });
    return;
  } catch {
    // Not yet: ask for a sync.
  }
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const button = syncNowButton(page);
    if (!(await button.isVisible()) && (await syncIndicator(page).isVisible())) await openSyncDetails(page);
    if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
    try {
      await synced.waitFor({
        state: 'visible',
        timeout: Math.min(10_000, Math.max(1, deadline - Date.now())),
      });
      return;
    } catch {
      // Try once more while time remains.
    }
  }
  await waitForStatus(page, 'All changes synced', 1);
}

/**
 * Presses "Sync now" and waits until that sync has pulled from the force database and finished
 * (nothing on the page is aria-busy any more), so that what the page shows is what the server
 * gave this user. Use it before asserting that something is absent.
 */
export async function syncNowAndSettle(page: Page, timeout = 30_000): Promise<void> {
  const pulled = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/sync/pull' && response.ok(),
    { timeout },
  );
  await pressSyncNow(page);
  try {
    await pulled;
  } catch {
    throw new Error(
      `"Sync now" did not lead to a successful GET /api/sync/pull within ${String(timeout)} ms.\n${await describePage(page)}`,
    );
  }
  try {
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
      timeout,
    });
  } catch {
    throw new Error(
      `The page stayed aria-busy after sync for ${String(timeout)} ms.\n${await describePage(page)}`,
    );
  }
  await waitForStatus(page, 'All changes synced');
}
