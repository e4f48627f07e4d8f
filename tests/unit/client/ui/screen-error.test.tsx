// A screen that fails to open (its chunk cannot be fetched offline, or it throws) is replaced by a
// message inside the shell; the rest of the app stays, and another address is tried afresh.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '#client/app/shell/ScreenError';

afterEach(cleanup);

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

describe('a screen that fails to open', () => {
  it('says so in words, keeps the rest of the page, and tries the next address afresh', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = (address: string, child: React.ReactNode) => (
      <>
        <nav aria-label="Main">Today · Problems</nav>
        <ScreenErrorBoundary address={address}>{child}</ScreenErrorBoundary>
      </>
    );
    const { rerender } = render(page('/problems/p1/edit', <Broken />));
    expect(screen.getByRole('alert').textContent).toContain('This screen could not be opened');
    expect(screen.getByRole('alert').textContent).toContain(
      'Everything you have saved is still on this device.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();

    rerender(page('/problems/p1/edit', <p>Edit form</p>));
    expect(screen.getByRole('alert')).toBeTruthy();

    rerender(page('/today', <p>Today's briefing</p>));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText("Today's briefing")).toBeTruthy();
    quiet.mockRestore();
  });
});
