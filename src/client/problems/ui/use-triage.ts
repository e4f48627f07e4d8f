// A triage list's state: the rows from the device, and the filter held in the address so a
// reload, the back button or a shared link keeps it.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Workspace } from '#client/app/contract';
import { filterFromParams, triage, type TriageFilter, type Triaged } from './triage';
import { triageRows, type TriageRow } from './triage-rows';
import { useTeamProblems } from './use-problems';
import { useTeamActivity } from './use-team-activity';

export interface TriageState {
  /** Every row (closed ones too); undefined until the device has answered. */
  all: TriageRow[] | undefined;
  triaged: Triaged | undefined;
  filter: TriageFilter;
  setFilter: (filter: TriageFilter) => void;
}

/** `paused`: read nothing for now (see useTeamProblems); `all` stays undefined meanwhile. */
export function useTriage(workspace: Workspace, defaults: TriageFilter, paused = false): TriageState {
  const now = new Date();
  const problems = useTeamProblems(workspace, paused);
  const { reviews, actions } = useTeamActivity(workspace, paused);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, defaults);
  const hour = now.toISOString().slice(0, 13);
  const all = useMemo(
    () =>
      problems === undefined ? undefined : triageRows(problems, reviews, actions, new Date(`${hour}:00:00Z`)),
    [problems, reviews, actions, hour],
  );
  const key = JSON.stringify(filter);
  const triaged = useMemo(
    () => (all === undefined ? undefined : triage(all, JSON.parse(key) as TriageFilter, workspace.me.id)),
    [all, key, workspace.me.id],
  );
  function setFilter(next: TriageFilter): void {
    const out = new URLSearchParams(params);
    for (const name of ['scope', 'show', 'stage', 'sort'] as const) {
      if (next[name] === defaults[name]) out.delete(name);
      else out.set(name, next[name]);
    }
    setParams(out, { replace: true });
  }
  return { all, triaged, filter, setFilter };
}
