// The problem screens, as an officer uses them: the list, the form (new and edit), the view.
import type { Locator, Page } from 'playwright-core';
import { describePage, expectVisible, listHeading, newProblemControl } from './browser';

export const REFERENCE_PATTERN = /PS-\d{4}-\d{6}/;

export interface ProblemInput {
  title: string;
  /** The English label of the problem type, as shown in the select. */
  problemType: string;
  description: string;
  location: string;
  /** The English label of the status. */
  status: string;
}

export function saveButton(page: Page): Locator {
  return page.getByRole('button', { name: /^save/i });
}

/** The form that holds the "Save" button (keeps label look-ups away from the sync status area). */
export function problemForm(page: Page): Locator {
  return page.locator('form').filter({ has: saveButton(page) });
}

export function problemHeading(page: Page, title: string): Locator {
  return page.getByRole('heading', { name: title, exact: true });
}

export function problemLink(page: Page, title: string): Locator {
  return page.getByRole('link', { name: title });
}

export function editControl(page: Page): Locator {
  return page.getByRole('link', { name: /^edit/i }).or(page.getByRole('button', { name: /^edit/i }));
}

export function notFoundMessage(page: Page): Locator {
  return page.getByText(
    /not found|not available|no longer available|does(?: not|n['’]t) exist|can(?:not|['’]t) (?:be )?(?:find|found|show)|could(?: not|n['’]t) find|no access|not allowed|don['’]t have access/i,
  );
}

/** Goes to the team's problem list (the app's start page). */
export async function openList(page: Page): Promise<void> {
  await page.goto('/');
  await expectVisible(page, listHeading(page), `the heading "My team's problems" at ${page.url()}`, 30_000);
}

/** Picks an option in a <select> or a radio group labelled `label`. */
async function choose(page: Page, form: Locator, label: RegExp, option: string): Promise<void> {
  const field = form.getByLabel(label);
  if ((await field.count()) > 0) {
    const tag = await field.first().evaluate((el) => el.tagName);
    if (tag === 'SELECT') {
      await field.first().selectOption({ label: option });
      return;
    }
  }
  const group = form.getByRole('radiogroup', { name: label }).or(form.getByRole('group', { name: label }));
  if ((await group.count()) > 0) {
    await group.first().getByRole('radio', { name: option, exact: true }).check();
    return;
  }
  throw new Error(
    `No select or radio group labelled ${String(label)} in the problem form.\n${await describePage(page)}`,
  );
}

/** Fills the problem form (new or edit) with the given fields. */
export async function fillProblemForm(page: Page, input: Partial<ProblemInput>): Promise<void> {
  const form = problemForm(page);
  await expectVisible(page, form.getByLabel(/^title/i), 'the problem form (a field labelled "Title")');
  if (input.title !== undefined) await form.getByLabel(/^title/i).fill(input.title);
  if (input.problemType !== undefined) await choose(page, form, /^problem type/i, input.problemType);
  if (input.description !== undefined) await form.getByLabel(/^description/i).fill(input.description);
  if (input.location !== undefined) await form.getByLabel(/^location/i).fill(input.location);
  if (input.status !== undefined) await choose(page, form, /^status/i, input.status);
}

/** From the list: opens the new problem form. */
export async function startNewProblem(page: Page): Promise<void> {
  await expectVisible(page, newProblemControl(page), 'a "New problem" link or button');
  await newProblemControl(page).first().click();
  await expectVisible(
    page,
    problemForm(page).getByLabel(/^title/i),
    'the new problem form (a field labelled "Title")',
  );
}

/** Presses Save and waits for the problem view with the given title as its heading. */
export async function saveAndExpectView(page: Page, title: string): Promise<void> {
  await saveButton(page).click();
  await expectVisible(
    page,
    problemHeading(page, title),
    `the problem view with the heading "${title}" after pressing Save`,
  );
}

/** The problem reference shown on the page (PS-YYYY-NNNNNN), once the server has assigned one. */
export async function waitForReference(page: Page, timeout = 15_000): Promise<string> {
  const reference = page.getByText(REFERENCE_PATTERN).first();
  await expectVisible(page, reference, 'a problem reference like PS-2026-000001', timeout);
  const match = REFERENCE_PATTERN.exec(await reference.innerText());
  if (match === null)
    throw new Error(`The reference element does not hold a reference.\n${await describePage(page)}`);
  return match[0];
}
