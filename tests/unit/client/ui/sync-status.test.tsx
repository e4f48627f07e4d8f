import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncAlerts, SyncStatusArea } from '#client/app/shell/SyncStatusArea';
import { syncStatusText } from '#client/app/shell/sync-status-text';
import { setWorkspace } from '#client/app/store';
import { setLanguage, t } from '#client/i18n/index';
import { FakeWorkspace, fakeWorkspace, status } from './fakes';

afterEach(cleanup);

function renderStatus(workspace: FakeWorkspace): void {
  setWorkspace(workspace);
  render(
    <MemoryRouter>
      <SyncStatusArea />
      <SyncAlerts />
    </MemoryRouter>,
  );
}

describe('sync status area', () => {
  it('follows the workspace: synced, waiting, offline', () => {
    const workspace = fakeWorkspace();
    renderStatus(workspace);
    expect(screen.getByRole('status').textContent).toBe('All changes synced');

    act(() => {
      workspace.setStatus({ pending: 3 });
    });
    expect(screen.getByRole('status').textContent).toBe('3 changes waiting to sync');

    act(() => {
      workspace.setStatus({ online: false });
    });
    expect(screen.getByRole('status').textContent).toBe('Offline — 3 changes waiting to sync');

    act(() => {
      workspace.setStatus({ pending: 0 });
    });
    expect(screen.getByRole('status').textContent).toBe('Offline — all changes saved on this device');
    // "Sync now" is in the details the indicator opens, not in the top bar itself.
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    const indicator = screen.getByRole('button', { name: /^Sync details/ });
    expect(indicator.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(indicator);
    expect(indicator.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDefined();
  });

  it('"Sync now" with no signal says the changes are safe on the device, until the signal is back', () => {
    const workspace = fakeWorkspace();
    workspace.setStatus({ online: false, pending: 2 });
    renderStatus(workspace);
    fireEvent.click(screen.getByRole('button', { name: /^Sync details/ }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'You’re offline — your changes are saved on this device and will send when you have signal.',
    );
    act(() => {
      workspace.setStatus({ online: true });
    });
    expect(screen.queryByRole('alert')).toBeNull();
    // Online, "Sync now" says nothing of the kind.
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with nothing wrong, shows no alerts under the bar', () => {
    renderStatus(fakeWorkspace());
    expect(screen.queryByRole('link', { name: 'Sign in again' })).toBeNull();
    expect(screen.queryByRole('link', { name: /need attention/ })).toBeNull();
  });

  it('links to the changes that need attention, and asks for sign-in when the session ended', () => {
    const workspace = fakeWorkspace();
    workspace.setStatus({ pending: 1, needsAttention: 2, sessionExpired: true });
    renderStatus(workspace);

    expect(screen.getByRole('status').textContent).toBe(
      'Signed out — sign in again to sync. Your changes are kept on this device.',
    );
    expect(screen.getByRole('link', { name: '2 changes need attention' }).getAttribute('href')).toBe(
      '/attention',
    );
    expect(screen.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe('/sign-in');
  });

  it('words one change in the singular', () => {
    expect(syncStatusText(t, status({ pending: 1 }))).toBe('1 change waiting to sync');
    expect(syncStatusText(t, status({ pending: 1, online: false }))).toBe(
      'Offline — 1 change waiting to sync',
    );
  });

  it('says how far a long download has got, and that all is synced only once the feed is stored', () => {
    expect(syncStatusText(t, status({ download: { received: 1200, total: 11000 } }))).toBe(
      'Downloading records: 1,200 of about 11,000',
    );
    expect(syncStatusText(t, status({ download: { received: 2000, total: null } }))).toBe(
      'Downloading records: 2,000',
    );
    expect(syncStatusText(t, status({ firstDownload: true, syncing: true }))).toBe('Downloading records…');
    expect(syncStatusText(t, status({ firstDownload: true, download: { received: 5, total: 9 } }))).toBe(
      'Downloading records: 5 of about 9',
    );
    expect(syncStatusText(t, status({ firstDownload: false }))).toBe('All changes synced');
    // Offline or failing, the first download says what stopped it, never "All changes synced".
    expect(syncStatusText(t, status({ firstDownload: true, online: false }))).toBe(
      'Offline — all changes saved on this device',
    );
    expect(syncStatusText(t, status({ firstDownload: true, lastError: 'rate_limited' }))).toBe(
      'No changes waiting to sync',
    );
  });
});

describe('sync status in Welsh', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('words the first download in Welsh, numbers and all', async () => {
    await setLanguage('cy');
    expect(syncStatusText(t, status({ firstDownload: true, syncing: true }))).toBe(
      'Wrthi’n llwytho cofnodion i lawr…',
    );
    expect(syncStatusText(t, status({ download: { received: 1200, total: 11000 } }))).toBe(
      'Wrthi’n llwytho cofnodion i lawr: 1,200 o tua 11,000',
    );
    expect(syncStatusText(t, status({ download: { received: 2000, total: null } }))).toBe(
      'Wrthi’n llwytho cofnodion i lawr: 2,000',
    );
  });
});
