import type { Problem, ProblemFields } from '#domain/records';
import type { Team } from '#domain/session';

/** What the form holds while the officer types: plain strings, '' for "not chosen yet". */
export interface ProblemFormValues {
  title: string;
  problemType: string;
  description: string;
  locationText: string;
  status: string;
  teamId: string;
}

/** Field order on screen: the first invalid one gets the focus. */
export const problemFieldOrder = [
  'title',
  'problemType',
  'description',
  'locationText',
  'status',
  'teamId',
] as const;

export function emptyProblemValues(teams: readonly Team[]): ProblemFormValues {
  return {
    title: '',
    problemType: '',
    description: '',
    locationText: '',
    status: 'scanning',
    teamId: teams[0]?.id ?? '',
  };
}

export function problemValues(problem: Problem): ProblemFormValues {
  return {
    title: problem.title,
    problemType: problem.problemType,
    description: problem.description,
    locationText: problem.locationText,
    status: problem.status,
    teamId: problem.teamId,
  };
}

export type SaveProblem = (fields: ProblemFields) => Promise<void>;
