import { useEffect, useMemo, useState } from 'react';
import { grantFor } from '#domain/access';
import type { Problem } from '#domain/records';
import type { Me } from '#domain/session';
import type { Workspace } from '#client/app/contract';
import type { TeamScope } from '#client/osara/contract';

/**
 * Whose problems the lists show: a role that reads problems force-wide (the prevention lead, who
 * is on no team) sees every problem on the device; everyone else their teams'.
 */
export function problemScope(me: Me): TeamScope {
  return grantFor(me.role, 'problems', 'read') === 'any' ? 'all' : me.teams.map((team) => team.id);
}

/**
 * The team's problems (every one on the device for a force-wide reader), live; `undefined` until
 * the device has answered. While `paused` (a screen that shows nothing until the first download
 * is complete), nothing is read: a full read per downloaded page competes with the download.
 */
export function useTeamProblems(workspace: Workspace, paused = false): Problem[] | undefined {
  const [problems, setProblems] = useState<Problem[] | undefined>(undefined);
  const { me, problems: repository } = workspace;
  const teamIds = useMemo(() => problemScope(me), [me]);
  useEffect(
    () => (paused ? undefined : repository.watchList(teamIds, setProblems)),
    [repository, teamIds, paused],
  );
  return problems;
}

export type Loaded<T> = { loaded: false } | { loaded: true; value: T };

/** One problem, live. `value` is `undefined` when it is not on this device. */
export function useProblem(workspace: Workspace, id: string): Loaded<Problem | undefined> {
  const [state, setState] = useState<{ id: string; problem: Problem | undefined } | null>(null);
  const repository = workspace.problems;
  useEffect(
    () =>
      repository.watch(id, (problem) => {
        setState({ id, problem });
      }),
    [repository, id],
  );
  // A result for a previous id must not show under the new address.
  if (state?.id !== id) return { loaded: false };
  return { loaded: true, value: state.problem };
}
