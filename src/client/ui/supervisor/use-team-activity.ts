// The team's reviews and actions, for the overview's dates. Empty until the workspace carries the
// reviews and actions repositories.
import type { Workspace } from '../contract';
import type { ActivityDates, ReviewDates } from './team-overview';

export interface TeamActivity {
  reviews: readonly ReviewDates[];
  actions: readonly ActivityDates[];
}

const NONE: TeamActivity = { reviews: [], actions: [] };

export function useTeamActivity(_workspace: Workspace): TeamActivity {
  return NONE;
}
