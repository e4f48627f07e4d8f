import { useEffect, useMemo, useState } from 'react';
import type { Problem } from '#domain/records';
import type { Workspace } from '#client/app/contract';

/** The team's problems, live; `undefined` until the device has answered. */
export function useTeamProblems(workspace: Workspace): Problem[] | undefined {
  const [problems, setProblems] = useState<Problem[] | undefined>(undefined);
  const { me, problems: repository } = workspace;
  const teamIds = useMemo(() => me.teams.map((team) => team.id), [me]);
  useEffect(() => repository.watchList(teamIds, setProblems), [repository, teamIds]);
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
