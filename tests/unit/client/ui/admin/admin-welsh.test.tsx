// The organisation screens in the language in use: the admin's form errors (the domain's checks,
// worded from their codes, and the force database's error codes) read in Welsh next to the field
// they are about, and nothing the admin typed is lost when the check fails.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminTeam, AdminUser, CreateUserRequest } from '#domain/organisation';
import type { OrganisationRepository } from '#client/admin/contract';
import { ApiError } from '#client/app/contract';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';
import en from '#client/i18n/en.json';
import { FakeSession, fakeWorkspace, officer, renderApp } from '../fakes';

afterEach(cleanup);

const north: AdminTeam = { id: 'north', name: 'North', areaId: null, members: 1 };
const alice: AdminUser = {
  id: 'u-alice',
  username: 'alice',
  displayName: 'PC Alice Jones',
  role: 'officer',
  teamIds: ['north'],
  disabled: false,
  createdAt: '2026-01-05T09:00:00.000Z',
};

function organisation(createUser: (r: CreateUserRequest) => Promise<AdminUser>): OrganisationRepository {
  const fail = () => Promise.reject(new Error('not used in this test'));
  return {
    users: () => Promise.resolve([alice]),
    createUser,
    updateUser: fail,
    resetPassword: fail,
    teams: () => Promise.resolve([north]),
    createTeam: fail,
    updateTeam: fail,
    areas: () => Promise.resolve([]),
  };
}

function openAdmin(createUser: (r: CreateUserRequest) => Promise<AdminUser>): void {
  const workspace = fakeWorkspace({ organisation: organisation(createUser) }, { ...officer, role: 'admin' });
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/admin');
}

async function newUserForm(name: string): Promise<HTMLElement> {
  return screen.findByRole('form', { name }, { timeout: 10_000 });
}

describe('organisation screens in Welsh', () => {
  it('words the domain’s checks in Welsh beside each field and keeps what was typed', async () => {
    await setLanguage('cy');
    openAdmin(() => Promise.reject(new Error('the checks stop it before sending')));
    const form = await newUserForm(cy.admin.users.addHeading);
    expect(await screen.findByRole('cell', { name: 'alice' })).toBeDefined();
    const password = within(form).getByLabelText(cy.admin.users.password.replace('{{min}}', '10'));
    fireEvent.change(within(form).getByLabelText(cy.admin.users.username), { target: { value: 'bob' } });
    fireEvent.change(password, { target: { value: 'short' } });
    fireEvent.click(within(form).getByRole('button', { name: cy.admin.users.add }));

    expect(await within(form).findByText(cy.validation.at_least.replace('{{min}}', '10'))).toBeDefined();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(cy.validation.enter_name)).toBeDefined();
    expect(within(form).getByLabelText<HTMLInputElement>(cy.admin.users.username).value).toBe('bob');
    expect(document.body.textContent).not.toContain('At least 10 characters');
    expect(document.body.textContent).not.toContain(en.admin.users.addHeading);
  });

  it('words the force database’s refusal in Welsh on the field it is about', async () => {
    await setLanguage('cy');
    openAdmin(() =>
      Promise.reject(new ApiError('duplicate_user', 'A user with that username already exists.', 409)),
    );
    const form = await newUserForm(cy.admin.users.addHeading);
    fireEvent.change(within(form).getByLabelText(cy.admin.users.username), { target: { value: 'alice' } });
    fireEvent.change(within(form).getByLabelText(cy.admin.users.fullName), { target: { value: 'Alice' } });
    fireEvent.change(within(form).getByLabelText(cy.admin.users.password.replace('{{min}}', '10')), {
      target: { value: 'a long enough password' },
    });
    fireEvent.click(within(form).getByRole('button', { name: cy.admin.users.add }));
    const error = await within(form).findByText(cy.errors.duplicate_user);
    expect(error.id).toBe('new-username-error');
  });

  it('reads in English with the same checks', async () => {
    openAdmin(() => Promise.reject(new Error('the checks stop it before sending')));
    const form = await newUserForm('Add a user');
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(await within(form).findByText('At least 10 characters')).toBeDefined();
    expect(within(form).getByText('Enter a name')).toBeDefined();
    expect(screen.getByRole('table', { name: '1 user' })).toBeDefined();
  });
});
