import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageFullError, ValidationError } from '#client/app/contract';
import { setLanguage } from '#client/i18n/index';
import { say } from '#domain/validation';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';
import { FakeSession, FakeWorkspace, fakeWorkspace, renderApp } from './fakes';

afterEach(cleanup);

/** Opens the form; the first test also waits for the lazily loaded screen to be transformed. */
async function openNewProblem(): Promise<FakeWorkspace> {
  const workspace = fakeWorkspace();
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/problems/new');
  await screen.findByRole('heading', { level: 1, name: 'New problem' }, { timeout: 10_000 });
  return workspace;
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function valueOf(label: string): string {
  return screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label).value;
}

describe('new problem form', () => {
  it('shows "Enter a title" next to Title and keeps everything else typed', async () => {
    const workspace = await openNewProblem();
    type('Problem type', 'street_drinking');
    type('Description', 'Drinking on the benches by the library most afternoons.');
    type('Location', 'Library gardens, Northtown');
    type('Status', 'analysis');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const title = screen.getByLabelText('Title');
    const message = await screen.findByText('Enter a title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(title);
    expect(valueOf('Problem type')).toBe('street_drinking');
    expect(valueOf('Description')).toBe('Drinking on the benches by the library most afternoons.');
    expect(valueOf('Location')).toBe('Library gardens, Northtown');
    expect(valueOf('Status')).toBe('analysis');
    expect(workspace.problems.created).toEqual([]);
  });

  it('offers the working stages as status, never Closed, for a new problem', async () => {
    await openNewProblem();
    const status = screen.getByLabelText<HTMLSelectElement>('Status');
    expect([...status.options].map((o) => o.textContent)).toEqual([
      'Scanning',
      'Analysis',
      'Response',
      'Assessment',
    ]);
  });

  it("starts at Scanning, in the officer's only team, and opens the saved problem", async () => {
    const workspace = await openNewProblem();
    expect(valueOf('Status')).toBe('scanning');
    expect(screen.queryByLabelText('Team')).toBeNull();
    type('Title', 'Off-road bikes on the playing fields');
    type('Problem type', 'nuisance_vehicles');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Off-road bikes on the playing fields' }),
    ).toBeDefined();
    expect(screen.getByText('Not yet synced')).toBeDefined();
    expect(workspace.problems.created).toEqual([
      {
        teamId: 'north',
        title: 'Off-road bikes on the playing fields',
        problemType: 'nuisance_vehicles',
        description: '',
        locationText: '',
        status: 'scanning',
        ownerId: 'u-123',
      },
    ]);
  });

  it("shows the repository's field errors the same way", async () => {
    const workspace = await openNewProblem();
    workspace.problems.failWith = new ValidationError({
      locationText: 'Keep the location under 500 characters',
    });
    type('Title', 'Graffiti on the underpass');
    type('Problem type', 'criminal_damage');
    type('Location', 'Underpass');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Keep the location under 500 characters')).toBeDefined();
    expect(screen.getByLabelText('Location').getAttribute('aria-invalid')).toBe('true');
    expect(valueOf('Title')).toBe('Graffiti on the underpass');
  });
});

describe('new problem form, device out of storage space', () => {
  it('says so next to Save and keeps every field typed', async () => {
    const workspace = await openNewProblem();
    workspace.problems.failWith = new StorageFullError();
    type('Title', 'Graffiti on the underpass');
    type('Problem type', 'criminal_damage');
    type('Description', 'Tags reappear every weekend.');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByText(/This device is out of storage space\./);
    expect(alert.textContent).toBe(en.problems.form.storageFull);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(valueOf('Title')).toBe('Graffiti on the underpass');
    expect(valueOf('Problem type')).toBe('criminal_damage');
    expect(valueOf('Description')).toBe('Tags reappear every weekend.');
    expect(screen.getByRole('heading', { level: 1, name: 'New problem' })).toBeDefined();
  });
});

describe('new problem form, in Welsh', () => {
  it('reads in Welsh after a switch, keeping what the officer had typed', async () => {
    await openNewProblem();
    type('Title', 'Graffiti on the underpass');
    type('Description', 'Tags reappear every weekend.');

    await setLanguage('cy');

    expect(
      await screen.findByRole('heading', { level: 1, name: cy.problems.new.title }, { timeout: 10_000 }),
    ).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>(cy.problems.fields.title).value).toBe(
      'Graffiti on the underpass',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>(cy.problems.fields.description).value).toBe(
      'Tags reappear every weekend.',
    );
    expect(screen.getByRole('option', { name: cy.problems.form.chooseType })).toBeDefined();
    expect(screen.getByRole('option', { name: cy.vocab.problemStatus.scanning })).toBeDefined();
    expect(screen.getByRole('button', { name: cy.problems.form.save })).toBeDefined();
    expect(screen.queryByText(en.problems.fields.title)).toBeNull();
  });

  it('says what is wrong beside the field in Welsh, keeping what is typed', async () => {
    await openNewProblem();
    await setLanguage('cy');
    await screen.findByRole('heading', { level: 1, name: cy.problems.new.title }, { timeout: 10_000 });
    type(cy.problems.fields.description, 'Tagiau’n ailymddangos bob penwythnos.');
    type(cy.problems.fields.locationText, 'Y tanffordd');

    fireEvent.click(screen.getByRole('button', { name: cy.problems.form.save }));

    const message = await screen.findByText(cy.validation.enter_title);
    const title = screen.getByLabelText(cy.problems.fields.title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.queryByText(en.validation.enter_title)).toBeNull();
    expect(valueOf(cy.problems.fields.description)).toBe('Tagiau’n ailymddangos bob penwythnos.');
    expect(valueOf(cy.problems.fields.locationText)).toBe('Y tanffordd');
  });

  it("says the repository's field errors in Welsh too", async () => {
    const workspace = await openNewProblem();
    await setLanguage('cy');
    await screen.findByRole('heading', { level: 1, name: cy.problems.new.title }, { timeout: 10_000 });
    workspace.problems.failWith = new ValidationError({
      locationText: say('text_too_long', { field: 'location', max: 500 }),
    });
    type(cy.problems.fields.title, 'Graffiti ar y tanffordd');
    type(cy.problems.fields.problemType, 'criminal_damage');
    type(cy.problems.fields.locationText, 'Y tanffordd');

    fireEvent.click(screen.getByRole('button', { name: cy.problems.form.save }));

    const message = await screen.findByText('Cadwch y lleoliad o dan 500 nod');
    const location = screen.getByLabelText(cy.problems.fields.locationText);
    expect(location.getAttribute('aria-invalid')).toBe('true');
    expect(location.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.queryByText('Keep the location under 500 characters')).toBeNull();
    expect(valueOf(cy.problems.fields.title)).toBe('Graffiti ar y tanffordd');
    expect(valueOf(cy.problems.fields.locationText)).toBe('Y tanffordd');
    expect(workspace.problems.created).toEqual([]);
  });
});
