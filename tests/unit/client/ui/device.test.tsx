import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSession, fakeWorkspace, renderApp } from './fakes';

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

function stubStorage(persisted: boolean, granted: boolean): void {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(granted),
      estimate: () => Promise.resolve({ usage: 3.5 * 1024 * 1024, quota: 512 * 1024 * 1024 }),
    },
  });
}

afterEach(() => {
  cleanup();
  if (original) Object.defineProperty(navigator, 'storage', original);
  else Reflect.deleteProperty(navigator, 'storage');
});

async function openDevice(): Promise<void> {
  const session = new FakeSession();
  session.remembered = fakeWorkspace();
  renderApp(session, '/device');
  await screen.findByRole('heading', { level: 1, name: 'This device' }, { timeout: 10_000 });
}

describe('This device: storage', () => {
  it('says work is kept when the browser grants persistent storage, with the space used', async () => {
    stubStorage(false, true);
    await openDevice();
    expect(await screen.findByText('This device keeps your work until you sign out.')).toBeDefined();
    expect(screen.getByText('Beatbook uses 3.5 MB of about 512 MB the browser allows it.')).toBeDefined();
  });

  it('tells the officer to sync often when the browser may clear stored work', async () => {
    stubStorage(false, false);
    await openDevice();
    expect(
      await screen.findByText(
        'The browser may clear stored work if the device runs short of space — sync often.',
      ),
    ).toBeDefined();
  });

  it('is reached from the main navigation', async () => {
    stubStorage(true, true);
    const session = new FakeSession();
    session.remembered = fakeWorkspace();
    renderApp(session, '/');
    const link = await screen.findByRole('link', { name: 'This device' }, { timeout: 10_000 });
    expect(link.getAttribute('href')).toBe('/device');
  });
});
