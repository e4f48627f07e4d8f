// The team's reviews and actions, live, for the triage lists' dates and sign-off states (problem
// list, team overview).
import { useEffect, useMemo, useState } from 'react';
import type { Action, Review } from '#domain/osara/index';
import type { Workspace } from '#client/app/contract';
import { problemScope } from './use-problems';

export interface TeamActivity {
  reviews: readonly Review[];
  actions: readonly Action[];
}

/** `paused`: as for useTeamProblems, nothing is read while it is true. */
export function useTeamActivity(workspace: Workspace, paused = false): TeamActivity {
  const { me, actions: actionsRepo, reviews: reviewsRepo } = workspace;
  const teamIds = useMemo(() => problemScope(me), [me]);
  const [reviews, setReviews] = useState<readonly Review[]>([]);
  const [actions, setActions] = useState<readonly Action[]>([]);
  useEffect(
    () => (paused ? undefined : reviewsRepo.watchByTeams(teamIds, setReviews)),
    [reviewsRepo, teamIds, paused],
  );
  useEffect(
    () => (paused ? undefined : actionsRepo.watchByTeams(teamIds, setActions)),
    [actionsRepo, teamIds, paused],
  );
  return { reviews, actions };
}
