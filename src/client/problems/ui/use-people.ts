// Names for user ids, from the team roster kept on this device, so owners, action leads,
// reviewers and authors of changes show by name, offline too. No zod here: the problem list and
// other first-screen code may use it.
import { useEffect, useMemo, useState } from 'react';
import type { RosterMember } from '#domain/roster';
import type { Workspace } from '#client/app/contract';
import { t } from '#client/i18n/index';

export interface People {
  /** The person's name; "(you)" after the signed-in officer's own. */
  nameOf: (userId: string | null | undefined) => string;
  members: readonly RosterMember[];
  /** Whether a roster has ever been fetched on this device. */
  fetched: boolean;
}

/** Shown for an id the roster does not hold: someone who has left the team, or before the first fetch. */
export function unknownPerson(): string {
  return t('problems.people.unknown');
}

/** "Alex Patel (you)": the signed-in officer's own name in a list of people. */
export function yourName(name: string): string {
  return t('problems.people.you', { name });
}

export function usePeople(
  workspace: Workspace,
  extra: readonly { id: string; displayName: string }[] = [],
): People {
  const [roster, setRoster] = useState<{ members: RosterMember[]; fetchedAt: string | null }>({
    members: [],
    fetchedAt: null,
  });
  const repository = workspace.roster;
  useEffect(() => repository.watch(setRoster), [repository]);
  const { me } = workspace;
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const person of extra) names.set(person.id, person.displayName);
    for (const member of roster.members) names.set(member.id, member.displayName);
    return {
      nameOf: (userId) => {
        if (userId === null || userId === undefined || userId === '') return unknownPerson();
        if (userId === me.id) return yourName(me.displayName);
        return names.get(userId) ?? unknownPerson();
      },
      members: roster.members,
      fetched: roster.fetchedAt !== null,
    };
  }, [roster, extra, me]);
}

/**
 * Who may be chosen on a team's record: its active officers and supervisors (only supervisors
 * when `supervisorsOnly`), by name. The signed-in officer is always offered on their own team.
 */
export function pickablePeople(
  members: readonly RosterMember[],
  teamId: string,
  supervisorsOnly = false,
): RosterMember[] {
  return members
    .filter(
      (m) =>
        m.active &&
        m.teamIds.includes(teamId) &&
        (supervisorsOnly ? m.role === 'supervisor' : m.role === 'officer' || m.role === 'supervisor'),
    )
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Said as a note beside a people picker until the roster has reached this device. */
export function rosterNotHere(): string {
  return t('problems.people.rosterNotHere');
}
/** A chosen person the roster no longer lists: someone who has left the force or the team list. */
export function formerMember(): string {
  return t('problems.people.former');
}

export interface PersonChoice {
  value: string;
  label: string;
}

export interface PeopleChoices {
  options: PersonChoice[];
  /** A note in plain words to show beside the picker, or null. */
  note: string | null;
  /** The ids that may be newly chosen (the rest are shown only because a record holds them). */
  pickable: ReadonlySet<string>;
}

interface ChoiceInput {
  members: readonly RosterMember[];
  /** Whether a roster has ever reached this device. */
  fetched: boolean;
  me: { id: string; displayName: string; role: string; teams: readonly { id: string }[] };
  teamId: string;
  /** The value the record holds now ('' for none): always offered, so it is never lost silently. */
  current: string;
  supervisorsOnly?: boolean;
  /** The first, empty option's label; none is offered when undefined and something is chosen. */
  emptyLabel?: string;
}

/**
 * The options of an owner, supervisor or action-lead picker: the team's active officers (and/or
 * supervisors) by name with "(you)" after mine; the current value even when its person has left;
 * and only "Me" (with a note saying why) before the roster has reached this device.
 */
export function peopleChoices(input: ChoiceInput): PeopleChoices {
  const { members, fetched, me, teamId, current, supervisorsOnly = false, emptyLabel } = input;
  const eligibleRole = supervisorsOnly
    ? me.role === 'supervisor'
    : me.role === 'officer' || me.role === 'supervisor';
  const meChoosable = eligibleRole && me.teams.some((t) => t.id === teamId);
  const people = fetched ? pickablePeople(members, teamId, supervisorsOnly) : [];
  const options: PersonChoice[] = people.map((m) => ({
    value: m.id,
    label: m.id === me.id ? yourName(m.displayName) : m.displayName,
  }));
  // A stale roster (or one fetched before I joined the team) must not stop me choosing myself.
  if (meChoosable && !options.some((o) => o.value === me.id))
    options.unshift({ value: me.id, label: fetched ? yourName(me.displayName) : t('problems.people.me') });
  const pickable = new Set(options.map((o) => o.value));
  if (current !== '' && !pickable.has(current)) {
    const known = members.find((m) => m.id === current);
    let label: string;
    if (current === me.id) label = yourName(me.displayName);
    else if (!fetched) label = unknownPerson();
    else if (known === undefined) label = formerMember();
    else label = t('problems.people.notOnTeam', { name: known.displayName });
    options.push({ value: current, label });
  }
  if (emptyLabel !== undefined || current === '')
    options.unshift({ value: '', label: emptyLabel ?? t('problems.people.notChosen') });
  return { options, note: fetched ? null : rosterNotHere(), pickable };
}

/** The team's one supervisor, when it has exactly one: the sensible default on a new problem. */
export function onlySupervisor(members: readonly RosterMember[], teamId: string): string | null {
  const supervisors = pickablePeople(members, teamId, true);
  return supervisors.length === 1 ? (supervisors[0]?.id ?? null) : null;
}

/**
 * An error for a chosen person who may not be chosen on this team (say the team was changed after
 * choosing), or undefined. An unchanged value is never refused: a former member stays on old records.
 */
export function personError(
  choice: string,
  unchanged: string,
  choices: PeopleChoices,
  what: 'owner' | 'supervisor' | 'lead',
): string | undefined {
  if (choice === '' || choice === unchanged || choices.pickable.has(choice)) return undefined;
  if (what === 'owner') return t('problems.people.wrongTeam.owner');
  if (what === 'supervisor') return t('problems.people.wrongTeam.supervisor');
  return t('problems.people.wrongTeam.lead');
}
