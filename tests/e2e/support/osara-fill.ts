// What pc123 types into each OSARA section in the browser tests.
import type { Page } from 'playwright-core';
import { field, radioIn } from './osara';

export async function fillObjective(page: Page): Promise<void> {
  await field(page, 'Impact you are aiming for').selectOption({ label: 'Reduce it by a stated percentage' });
  await field(page, 'Target reduction (%)').fill('30');
  await field(page, 'Success measure').fill('Fewer calls about youths at the parade, Fridays, over 3 months');
}

export async function fillScanning(page: Page, suffix: string): Promise<void> {
  await field(page, 'Description of the problem').fill(
    'Youths gather by the parade on Friday evenings; shopkeepers report abuse.',
  );
  for (const element of ['Community', 'Harmful', 'Expectation', 'Events', 'Recurring', 'Similarity']) {
    await radioIn(page, new RegExp(`^${element}:`), 'Yes').check();
  }
  await field(page, 'How it came to notice').selectOption({ label: 'Community meeting' });
  await field(page, 'Baseline count').fill('24');
  await field(page, 'Baseline period (days)').fill('90');
  await field(page, 'Linked incident or crime references').fill('INC-001\nINC-002');
  await field(page, 'Notes on similarity').fill(`Same group each week ${suffix}`);
}

export async function fillAnalysis(page: Page): Promise<void> {
  await field(page, 'Offender: description').fill('Group of 10 to 15 teenagers, weekends');
  await radioIn(page, /^Handler of the offender/, 'Absent').check();
  await field(page, 'Victim or target: description').fill('Shop staff and passers-by');
  await radioIn(page, /^Guardian of the victim/, 'Present but weak').check();
  await field(page, 'Place: description').fill('The parade, rear service road, no lighting');
  await radioIn(page, /^Place manager of the place/, 'Absent').check();
  await page.getByRole('checkbox', { name: 'Repeat place' }).check();
  await field(page, 'When and where it happens').fill('Fridays 6 pm to 10 pm at the parade');
  await field(page, 'Data sources used').fill('Calls for service\nShopkeeper log');
  await field(page, 'Hypotheses').fill('No place manager after 6 pm\nNo lighting at the rear');
}

export async function fillAssessment(page: Page): Promise<void> {
  await field(page, 'Process evaluation').fill('Lighting installed, patrols on Fridays as planned');
  await field(page, 'Was the response delivered as planned?').selectOption({ label: 'Delivered as planned' });
  await field(page, 'Outcome on the impact scale').selectOption({
    label: 'Reduce it by a stated percentage',
  });
  await field(page, 'Lessons learned').fill('Early lighting work mattered most');
  await field(page, 'Closure reason').selectOption({ label: 'Objective met' });
}

export async function fillGovernance(page: Page): Promise<void> {
  await field(page, 'Retention review date').fill('2032-01-31');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await field(page, 'Reference').fill('NICHE-12345');
  await field(page, 'Category').selectOption({ label: 'Witness' });
  await field(page, 'Role').fill('shop manager');
}

export async function addAction(page: Page): Promise<void> {
  const form = page.getByRole('group', { name: 'New action' });
  // With actions already listed, the new-action form is folded behind one button.
  const unfold = form.getByRole('button', { name: 'Add another action' });
  if (await unfold.isVisible()) await unfold.click();
  await form
    .getByLabel('What will be done', { exact: true })
    .fill('Ask the council to light the rear service road');
  // The techniques are folded under their purposes: searching opens the group with the match.
  await form.getByLabel('Find a technique', { exact: true }).fill('natural surveillance');
  await form.getByRole('checkbox', { name: 'Assist natural surveillance' }).check();
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
  await form.getByRole('button', { name: 'Add action' }).click();
}
