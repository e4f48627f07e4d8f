// The OSARA screens as an officer uses them: the task list, a section's fields, the save status.
import type { Locator, Page } from 'playwright-core';
import { expectVisible } from './browser';

export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 1024, height: 768 };

export function taskList(page: Page): Locator {
  return page.getByRole('navigation', { name: /osara sections/i });
}

export function sectionLink(page: Page, section: string): Locator {
  return taskList(page).getByRole('link', { name: new RegExp(`^${section}`) });
}

/** The section form's pane (the region headed by the section's name). */
export function sectionPane(page: Page, section: string): Locator {
  return page.getByRole('region', { name: section, exact: true });
}

/** From the problem view: opens the OSARA task list. */
export async function openTaskList(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^osara record$/i }).click();
  await expectVisible(page, taskList(page), 'the OSARA task list');
}

/** Opens a section from the task list (on a phone, via "All sections" first). */
export async function openSection(page: Page, problemId: string, section: string): Promise<void> {
  await page.goto(`/problems/${problemId}/work/${section.toLowerCase()}`);
  await expectVisible(
    page,
    page.getByRole('heading', { name: section, exact: true }),
    `the ${section} section`,
  );
}

/** Waits until every save status on the page says the typing is saved on this device. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const statuses = [...document.querySelectorAll('.save-status')].map((el) => el.textContent);
      return statuses.every((text) => text === '' || text === 'Saved on this device');
    },
    undefined,
    { timeout: 10_000 },
  );
  await expectVisible(page, page.getByText('Saved on this device'), '"Saved on this device"');
}

export function radioIn(page: Page, group: RegExp, choice: string): Locator {
  return page.getByRole('group', { name: group }).getByRole('radio', { name: choice, exact: true });
}

export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}
