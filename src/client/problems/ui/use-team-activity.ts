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

export function useTeamActivity(workspace: Workspace): TeamActivity {
  const { me, actions: actionsRepo, reviews: reviewsRepo } = workspace;
  const teamIds = useMemo(() => problemScope(me), [me]);
  const [reviews, setReviews] = useState<readonly Review[]>([]);
  const [actions, setActions] = useState<readonly Action[]>([]);
  useEffect(() => reviewsRepo.watchByTeams(teamIds, setReviews), [reviewsRepo, teamIds]);
  useEffect(() => actionsRepo.watchByTeams(teamIds, setActions), [actionsRepo, teamIds]);
  return { reviews, actions };
}
