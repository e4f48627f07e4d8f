// One visible title and one h1 (issue 14): when the screen's h1 repeats the top bar's title, the
// bar's copy is hidden from screen readers and the page marks the h1 to be shown only to them.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { TopBar } from '#client/app/shell/TopBar';
import { setWorkspace } from '#client/app/store';
import { FakeSession, fakeWorkspace, renderApp } from './fakes';

afterEach(cleanup);

describe('the top bar title', () => {
  it('stays for screen readers while the h1 says something else, and steps back once it says the same', async () => {
    setWorkspace(fakeWorkspace());
    const page = (heading: string) => (
      <MemoryRouter>
        <TopBar role="officer" />
        <main>
          <title>Alpha — Beatbook</title>
          <h1>{heading}</h1>
        </main>
      </MemoryRouter>
    );
    const { rerender } = render(page('Beta'));
    const bar = document.querySelector('.top-bar__title');
    await waitFor(() => {
      expect(bar?.textContent).toBe('Alpha');
    });
    expect(bar?.getAttribute('aria-hidden')).toBeNull();
    expect(document.documentElement.dataset.titleInBar).toBe('false');
    rerender(page('Alpha'));
    await waitFor(() => {
      expect(bar?.getAttribute('aria-hidden')).toBe('true');
    });
    expect(document.documentElement.dataset.titleInBar).toBe('true');
  });

  it('is the one title seen, and the h1 the one heard', async () => {
    const session = new FakeSession();
    session.remembered = fakeWorkspace();
    renderApp(session, '/device');
    const h1 = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    const bar = document.querySelector('.top-bar__title');
    await waitFor(() => {
      expect(bar?.textContent).toBe(h1.textContent);
    });
    await waitFor(() => {
      expect(bar?.getAttribute('aria-hidden')).toBe('true');
    });
    expect(document.documentElement.dataset.titleInBar).toBe('true');
    expect(h1.textContent).not.toBe('');
  });
});
