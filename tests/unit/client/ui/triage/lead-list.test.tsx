// Issue 14: a prevention lead (on no team, reading problems force-wide) sees every problem on the
// device in the problem list, without "Mine / My team" or "New problem" (they create none); an
// admin, who reads no case record, is told so and sent to their own home.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import type { Me } from '#domain/session';
import type { TeamScope } from '#client/osara/contract';
import en from '#client/i18n/en.json';
import { FakeSession, fakeWorkspace, officer, renderApp } from '../fakes';
import { problem } from './records';

afterEach(cleanup);

const lead: Me = {
  ...officer,
  id: 'u-300',
  displayName: 'Insp Fay Lead',
  role: 'prevention_lead',
  teams: [],
};
const admin: Me = { ...officer, id: 'u-900', displayName: 'Ada Admin', role: 'admin', teams: [] };

const onDevice = [
  problem('p-north', { title: 'Bikes on the rec', teamId: 'north' }),
  problem('p-south', { title: 'Shed break-ins', teamId: 'south' }),
];

/** A device holding problems of two teams; the repository answers only for the scope asked. */
function open(me: Me): void {
  const workspace = fakeWorkspace({}, me);
  workspace.problems.watchList = (teams: TeamScope, onChange: (problems: Problem[]) => void) => {
    queueMicrotask(() => {
      onChange(onDevice.filter((p) => teams === 'all' || teams.includes(p.teamId)));
    });
    return () => undefined;
  };
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/problems');
}

describe('the problem list for roles on no team', () => {
  it("a prevention lead sees every team's problems on the device, with no Mine / My team and no New problem", async () => {
    open(lead);
    const list = await screen.findByRole('list', { name: 'Problems' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.problems.list.allTitle);
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles.sort()).toEqual(['Bikes on the rec', 'Shed break-ins']);
    expect(screen.queryByRole('radio', { name: /^Mine/ })).toBeNull();
    expect(screen.queryByRole('radio', { name: /^My team/ })).toBeNull();
    expect(screen.getByRole('radio', { name: /^All open \(2\)$/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: en.problems.list.newProblem })).toBeNull();
  });

  it('an admin is told plainly that their role reads no problem records, with the way home', async () => {
    open(admin);
    expect(await screen.findByText(en.problems.list.notForRole, {}, { timeout: 10_000 })).toBeTruthy();
    const home = screen.getByRole('link', { name: en.problems.list.goHome });
    expect(home.getAttribute('href')).toBe('/admin');
    expect(screen.queryByText(en.problems.list.empty)).toBeNull();
  });
});
