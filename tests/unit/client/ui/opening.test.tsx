// The opening screen while an update upgrades the device's store: it says what is happening and
// how far it has got (a prevention lead's 100,000 activities take seconds), in the language in
// use, and goes back to "Opening Beatbook…" alone when the upgrade ends.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Opening } from '#client/app/Opening';
import { setLanguage } from '#client/i18n/index';
import { reportUpgrade } from '#client/platform/db/upgrade-progress';

afterEach(async () => {
  cleanup();
  reportUpgrade(null);
  await setLanguage('en');
});

describe('Opening', () => {
  it('counts the activities an upgrade has written, and drops the count when it ends', () => {
    render(<Opening />);
    expect(screen.getByText('Opening Beatbook…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => {
      reportUpgrade({ done: 0, total: 100_000 });
    });
    act(() => {
      reportUpgrade({ done: 42_000, total: 100_000 });
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Updating the activities on this device for the new version: 42,000 of 100,000. This happens once, and nothing is lost.',
    );
    const bar = screen.getByRole('progressbar', { name: 'Activities updated' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['42000', '100000']);

    act(() => {
      reportUpgrade(null);
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Opening Beatbook…')).toBeTruthy();
  });

  it('says it in Welsh', async () => {
    await setLanguage('cy');
    reportUpgrade({ done: 2_000, total: 8_000 });
    render(<Opening />);
    expect(screen.getByRole('status').textContent).toBe(
      'Yn diweddaru’r gweithgareddau ar y ddyfais hon ar gyfer y fersiwn newydd: 2,000 o 8,000. Dim ond unwaith y mae hyn yn digwydd, ac ni chollir dim.',
    );
  });
});
