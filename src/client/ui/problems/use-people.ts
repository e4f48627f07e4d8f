// Names for user ids, from the team roster kept on this device (issue 3), so owners, action leads,
// reviewers and authors of changes show by name, offline too. No zod here: the problem list and
// other first-screen code may use it.
import { useEffect, useMemo, useState } from 'react';
import type { RosterMember, Workspace } from '../contract';

export interface People {
  /** The person's name; "(you)" after the signed-in officer's own. */
  nameOf: (userId: string | null | undefined) => string;
  members: readonly RosterMember[];
  /** Whether a roster has ever been fetched on this device. */
  fetched: boolean;
}

/** Shown for an id the roster does not hold: someone who has left the team, or before the first fetch. */
export const UNKNOWN_PERSON = 'A team member';

export function usePeople(
  workspace: Workspace,
  extra: readonly { id: string; displayName: string }[] = [],
): People {
  const [roster, setRoster] = useState<{ members: RosterMember[]; fetchedAt: string | null }>({
    members: [],
    fetchedAt: null,
  });
  const repository = workspace.roster;
  useEffect(() => repository?.watch(setRoster), [repository]);
  const { me } = workspace;
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const person of extra) names.set(person.id, person.displayName);
    for (const member of roster.members) names.set(member.id, member.displayName);
    return {
      nameOf: (userId) => {
        if (userId === null || userId === undefined || userId === '') return UNKNOWN_PERSON;
        if (userId === me.id) return `${me.displayName} (you)`;
        return names.get(userId) ?? UNKNOWN_PERSON;
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
