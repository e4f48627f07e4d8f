// The hotspot cards on Today: minutes for everyone, the by-officer breakdown only for a
// supervisor, named from the roster (numbered until it arrives), and the "Log activity here" link.
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Me } from '#domain/session';
import { HotspotsSection } from '#client/patrol/ui/today/HotspotsSection';
import type { HotspotRow } from '#client/patrol/ui/today/select';

const hotspot = {
  id: '00000000-0000-8000-8000-000000000001',
  name: 'Abbey Park',
} as Hotspot;
const row: HotspotRow = {
  hotspot,
  minutes: { today: 35, last7Days: 95 },
  byOfficer: [
    { officerId: 'u-2', today: 15, last7Days: 55 },
    { officerId: 'sgt', today: 20, last7Days: 20 },
    { officerId: 'u-3', today: 0, last7Days: 20 },
  ],
};
const sergeant: Me = {
  id: 'sgt',
  username: 'sgt100',
  displayName: 'Sgt Dee',
  role: 'supervisor',
  teams: [{ id: 'north', name: 'North' }],
};
const officer: Me = { ...sergeant, id: 'u-2', displayName: 'PC Ben', role: 'officer' };

function show(me: Me, names = new Map<string, string>(), rows = [row]) {
  render(
    <MemoryRouter>
      <HotspotsSection rows={rows} me={me} names={names} />
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe('hotspot cards on Today', () => {
  it('show the minutes and link to logging an activity in that hotspot', () => {
    show(officer);
    const card = screen.getByRole('listitem');
    expect(
      within(card)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['35 min', '1 hr 35 min']);
    expect(
      within(card)
        .getByRole('link', { name: /Log activity here/ })
        .getAttribute('href'),
    ).toBe(`/activity/new?hotspot=${hotspot.id}`);
    expect(screen.queryByText('Minutes by officer')).toBeNull();
  });

  it('give a supervisor the minutes by officer, named from the roster or numbered', () => {
    show(sergeant, new Map([['u-2', 'PC Ben']]));
    const rows = screen.getAllByRole('row').slice(1);
    const cells = rows.map((r) => Array.from(r.children, (c) => c.textContent));
    expect(cells).toEqual([
      ['PC Ben', '15 min', '55 min'],
      ['Sgt Dee (you)', '20 min', '20 min'],
      ['Team member 2', '0 min', '20 min'],
    ]);
  });

  it('say plainly when no hotspots have arrived', () => {
    show(officer, new Map(), []);
    expect(screen.getByText(/No hotspots for today have reached this device yet/)).toBeDefined();
  });
});
