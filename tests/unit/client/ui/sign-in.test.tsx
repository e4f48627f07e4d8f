import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '#client/app/contract';
import { FakeSession, fakeWorkspace, renderApp } from './fakes';

afterEach(cleanup);

async function signInWith(username: string, password: string): Promise<void> {
  fireEvent.change(await screen.findByLabelText('Username'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in screen', () => {
  it("shows the server's message and keeps the typed username", async () => {
    const session = new FakeSession();
    session.signInResult = new ApiError('invalid_credentials', 'Username or password is not correct.', 401);
    renderApp(session, '/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Beatbook' })).toBeDefined();
    await signInWith('pc123', 'wrong password');

    expect((await screen.findByRole('alert')).textContent).toBe('Username or password is not correct.');
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('pc123');
    expect(session.attempts).toEqual([{ username: 'pc123', password: 'wrong password' }]);
  });

  it('says in plain words that a first sign-in needs a connection', async () => {
    const session = new FakeSession();
    session.signInResult = new ApiError('network_error', 'Failed to fetch', 0);
    renderApp(session, '/sign-in');

    await signInWith('pc123', 'correct horse battery');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are offline. Connect to sign in for the first time.',
    );
  });

  it("opens the team's problem list after signing in", async () => {
    const session = new FakeSession();
    renderApp(session, '/');

    await signInWith('pc123', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: /^My team['’]s problems$/ })).toBeDefined();
  });

  it('goes straight to the problem list when this device remembers the officer', async () => {
    const session = new FakeSession();
    session.remembered = fakeWorkspace();
    renderApp(session, '/');

    expect(await screen.findByRole('heading', { level: 1, name: /^My team['’]s problems$/ })).toBeDefined();
    // Signed in as the remembered officer: no sign-in form, and the bar's destinations are there.
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.getByRole('link', { name: 'More' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'New problem' })).toBeDefined();
  });

  it("offers the force's provider as a link that starts the sign-in on the server", async () => {
    const session = new FakeSession();
    session.options = {
      provider: { name: 'Northshire Police', startUrl: '/api/session/oidc/start' },
      localPasswords: 'on',
    };
    renderApp(session, '/sign-in');

    const link = await screen.findByRole('link', { name: 'Sign in with Northshire Police' });
    expect(link.getAttribute('href')).toBe('/api/session/oidc/start?returnTo=%2F');
    expect(screen.getByLabelText('Password')).toBeDefined();
  });

  it('folds the password form away for break-glass administrators when passwords are off', async () => {
    const session = new FakeSession();
    session.options = {
      provider: { name: 'Northshire Police', startUrl: '/api/session/oidc/start' },
      localPasswords: 'break_glass_only',
    };
    renderApp(session, '/sign-in');

    await screen.findByRole('link', { name: 'Sign in with Northshire Police' });
    const fold = screen.getByText('Administrator break-glass sign-in').closest('details');
    expect(fold?.open).toBe(false);
    expect(fold?.querySelector('input[type=password]')).not.toBeNull();
  });

  it('opens the app where the provider sent the officer back, remembering them', async () => {
    const session = new FakeSession();
    renderApp(session, '/sign-in/complete?to=%2F');

    expect(await screen.findByRole('heading', { level: 1, name: /^My team['’]s problems$/ })).toBeDefined();
  });
});
