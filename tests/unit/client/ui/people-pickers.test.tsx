import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterMember } from '#domain/roster';
import type { RosterRepository } from '#client/team/contract';
import en from '#client/i18n/en.json';
import { onlySupervisor, peopleChoices, personError } from '#client/problems/ui/use-people';
import { FakeSession, fakeWorkspace, type FakeWorkspace, officer, renderApp } from './fakes';

afterEach(cleanup);

const member = (
  id: string,
  displayName: string,
  role: RosterMember['role'],
  teamIds: string[],
  active = true,
) => ({
  id,
  displayName,
  role,
  teamIds,
  active,
});

const roster: RosterMember[] = [
  member(officer.id, officer.displayName, 'officer', ['north']),
  member('u-124', 'PC Bea Ncube', 'officer', ['north']),
  member('u-100', 'Sgt Carys Hughes', 'supervisor', ['north']),
  member('u-200', 'PC Dev Shah', 'officer', ['south']),
  member('u-201', 'Sgt Eli Price', 'supervisor', ['south']),
  member('u-300', 'Fran Lead', 'prevention_lead', ['north']),
  member('u-125', 'PC Gone Away', 'officer', ['north'], false),
];

const FORMER_MEMBER = en.problems.people.former;
const ROSTER_NOT_HERE = en.problems.people.rosterNotHere;

const base = { members: roster, fetched: true, me: officer, teamId: 'north', current: '' };
const labels = (choices: { options: { label: string }[] }) => choices.options.map((o) => o.label);

describe('people picker options', () => {
  it("owner and action lead: the team's active officers and supervisors by name, me marked (you)", () => {
    const choices = peopleChoices({ ...base, current: officer.id });
    expect(labels(choices)).toEqual(['PC Alex Morgan (you)', 'PC Bea Ncube', 'Sgt Carys Hughes']);
    expect(choices.options.map((o) => o.value)).toEqual([officer.id, 'u-124', 'u-100']);
    expect(choices.note).toBeNull();
  });

  it("supervisor: only the team's supervisors, with an empty choice while none is chosen", () => {
    const choices = peopleChoices({ ...base, supervisorsOnly: true });
    expect(labels(choices)).toEqual(['Not chosen yet', 'Sgt Carys Hughes']);
    expect(choices.pickable.has(officer.id)).toBe(false);
  });

  it('keeps a current value whose person has left the roster, as a former team member', () => {
    const choices = peopleChoices({ ...base, current: 'u-999' });
    expect(labels(choices)).toContain(FORMER_MEMBER);
    expect(choices.options.find((o) => o.value === 'u-999')?.label).toBe(FORMER_MEMBER);
    expect(choices.pickable.has('u-999')).toBe(false);
  });

  it('names a current value who is disabled or on another team, but does not offer them to others', () => {
    expect(peopleChoices({ ...base, current: 'u-125' }).options.at(-1)?.label).toBe(
      'PC Gone Away (not on this team)',
    );
    expect(labels(peopleChoices({ ...base, current: officer.id }))).not.toContain('PC Gone Away');
    expect(labels(peopleChoices({ ...base, current: officer.id }))).not.toContain('PC Dev Shah');
  });

  it('before the roster reaches the device: "Me" only, with a plain-English note', () => {
    const choices = peopleChoices({ ...base, members: [], fetched: false, current: officer.id });
    expect(labels(choices)).toEqual(['Me']);
    expect(choices.note).toBe(ROSTER_NOT_HERE);
    // Someone already on the record is still shown, without guessing a name.
    expect(labels(peopleChoices({ ...base, members: [], fetched: false, current: 'u-124' }))).toEqual([
      'Me',
      'A team member',
    ]);
    // An officer is not offered as a supervisor, even then.
    expect(labels(peopleChoices({ ...base, fetched: false, members: [], supervisorsOnly: true }))).toEqual([
      'Not chosen yet',
    ]);
  });

  it('offers me on my own team even when a stale roster does not list me yet', () => {
    const stale = roster.filter((m) => m.id !== officer.id);
    expect(labels(peopleChoices({ ...base, members: stale, current: 'u-124' }))).toEqual([
      'PC Alex Morgan (you)',
      'PC Bea Ncube',
      'Sgt Carys Hughes',
    ]);
  });

  it('defaults the supervisor only when the team has exactly one', () => {
    expect(onlySupervisor(roster, 'north')).toBe('u-100');
    expect(
      onlySupervisor([...roster, member('u-101', 'Sgt Two', 'supervisor', ['north'])], 'north'),
    ).toBeNull();
    expect(onlySupervisor([], 'north')).toBeNull();
  });

  it('refuses a newly chosen person who is not on the team, but never an unchanged one', () => {
    const south = peopleChoices({ ...base, teamId: 'south', current: 'u-124' });
    expect(personError('u-124', '', south, 'owner')).toBe(en.problems.people.wrongTeam.owner);
    expect(personError('u-124', 'u-124', south, 'owner')).toBeUndefined();
    expect(personError('u-201', '', south, 'owner')).toBeUndefined();
  });
});

/** A workspace whose roster is `members` (null: not fetched yet). */
function rosterWorkspace(members: RosterMember[] | null): FakeWorkspace {
  const roster: RosterRepository = {
    watch: (onChange) => {
      onChange({ members: members ?? [], fetchedAt: members === null ? null : '2026-11-28T09:00:00Z' });
      return () => undefined;
    },
    refresh: () => Promise.resolve(),
  };
  return fakeWorkspace({ roster });
}

async function openNewProblem(workspace: FakeWorkspace): Promise<void> {
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/problems/new');
  await screen.findByRole('heading', { level: 1, name: 'New problem' }, { timeout: 10_000 });
}

const select = (label: string) => screen.getByLabelText<HTMLSelectElement>(label);

describe('owner and supervisor on the problem form', () => {
  it("defaults to me as owner and the team's one supervisor, and saves both", async () => {
    const workspace = rosterWorkspace(roster);
    await openNewProblem(workspace);
    // The roster arrives from the device's store just after the form opens.
    await screen.findByRole('option', { name: 'PC Bea Ncube' });
    expect(select('Owner').value).toBe(officer.id);
    expect(select('Supervisor').value).toBe('u-100');
    fireEvent.change(select('Owner'), { target: { value: 'u-124' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Bikes on the fields' } });
    fireEvent.change(screen.getByLabelText('Problem type'), { target: { value: 'nuisance_vehicles' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: 'Bikes on the fields' });
    expect(workspace.problems.created[0]).toMatchObject({ ownerId: 'u-124', supervisorId: 'u-100' });
  });

  it('says plainly when the team list has not reached the device, and offers only me', async () => {
    const workspace = rosterWorkspace(null);
    await openNewProblem(workspace);
    expect([...select('Owner').options].map((o) => o.text)).toEqual(['Me']);
    expect(select('Owner').getAttribute('aria-describedby')).toBe('problem-ownerId-note');
    expect(screen.getAllByText(ROSTER_NOT_HERE)).toHaveLength(2);
    expect(select('Supervisor').value).toBe('');
  });
});
