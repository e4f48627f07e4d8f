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
  /** User ids; '' for not chosen (older problems may have none). */
  ownerId: string;
  supervisorId: string;
}

/** Field order on screen: the first invalid one gets the focus. */
export const problemFieldOrder = [
  'title',
  'problemType',
  'description',
  'locationText',
  'status',
  'teamId',
  'ownerId',
  'supervisorId',
] as const;

/** A new problem: owned by whoever opens it (`meId`); the supervisor is defaulted by the form. */
export function emptyProblemValues(teams: readonly Team[], meId = ''): ProblemFormValues {
  return {
    title: '',
    problemType: '',
    description: '',
    locationText: '',
    status: 'scanning',
    teamId: teams[0]?.id ?? '',
    ownerId: meId,
    supervisorId: '',
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
    ownerId: problem.ownerId ?? '',
    supervisorId: problem.supervisorId ?? '',
  };
}

/** The values to validate: a person not chosen is left out, so it never overwrites one on record. */
export function fieldsToCheck(values: ProblemFormValues): Record<string, string> {
  const { ownerId, supervisorId, ...rest } = values;
  return {
    ...rest,
    ...(ownerId === '' ? {} : { ownerId }),
    ...(supervisorId === '' ? {} : { supervisorId }),
  };
}

export type SaveProblem = (fields: ProblemFields) => Promise<void>;
