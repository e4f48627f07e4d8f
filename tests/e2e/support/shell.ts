// The app shell as an officer uses it: on a phone the bottom bar holds a few destinations and
// "More" the rest (with "Sign out"); from 768 px a side rail holds them all. The sync indicator in
// the top bar opens the details with "Sync now".
import type { Locator, Page } from 'playwright-core';

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Opens a destination by its name, through "More" when the phone's bar does not hold it. */
export async function openDestination(page: Page, name: string): Promise<void> {
  const direct = mainNav(page).getByRole('link', { name, exact: true });
  if (await direct.isVisible()) {
    await direct.click();
    return;
  }
  await mainNav(page).getByRole('link', { name: 'More', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
}

export function signOutControl(page: Page): Locator {
  return page.getByRole('button', { name: 'Sign out', exact: true });
}

/** Presses "Sign out", opening "More" first on a phone. */
export async function pressSignOut(page: Page): Promise<void> {
  if (!(await signOutControl(page).isVisible())) {
    await mainNav(page).getByRole('link', { name: 'More', exact: true }).click();
  }
  await signOutControl(page).click();
}

export function syncIndicator(page: Page): Locator {
  return page.getByRole('button', { name: /^Sync details/ });
}

/** Opens the sync details (where "Sync now" is) unless they are open already. */
export async function openSyncDetails(page: Page): Promise<void> {
  const indicator = syncIndicator(page);
  if ((await indicator.getAttribute('aria-expanded')) !== 'true') await indicator.click();
}

/** Closes the sync details if they are open, so they cover nothing below the top bar. */
export async function closeSyncDetails(page: Page): Promise<void> {
  const indicator = syncIndicator(page);
  if ((await indicator.getAttribute('aria-expanded')) === 'true') await indicator.click();
}
