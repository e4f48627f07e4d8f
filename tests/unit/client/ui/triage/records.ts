// Records for the triage tests: problems, reviews, actions and activities of team north, with
// dates relative to a fixed "now".
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Problem } from '#domain/records';

export const NOW = new Date('2026-03-20T12:00:00.000Z'); // a Friday
export const ME = 'u-123';

const envelope = (id: string, at = '2026-03-01T09:00:00.000Z') => ({
  id,
  version: 1,
  createdAt: at,
  createdBy: ME,
  updatedAt: at,
  updatedBy: ME,
  deleted: false,
});

export function problem(id: string, patch: Partial<Problem> = {}): Problem {
  return {
    ...envelope(id),
    teamId: 'north',
    title: id,
    problemType: 'other',
    description: '',
    locationText: '',
    status: 'analysis',
    reference: null,
    ...patch,
  };
}

export function review(problemId: string, patch: Partial<Review>): Review {
  return {
    ...envelope(`r-${problemId}-${patch.reviewedAt ?? ''}`),
    problemId,
    kind: 'stage',
    decision: 'approve_stage',
    reviewer: 'u-100',
    reviewedAt: '2026-03-10T10:00:00.000Z',
    ...patch,
  };
}

export function action(id: string, problemId: string, patch: Partial<Action> = {}): Action {
  return {
    ...envelope(id),
    problemId,
    description: 'Patrol',
    techniques: ['increase_natural_surveillance'],
    lead: { kind: 'officer', userId: ME },
    status: 'planned',
    ...patch,
  } as Action;
}

export function activity(id: string, patch: Partial<Activity>): Activity {
  return {
    ...envelope(id),
    teamId: 'north',
    type: 'patrol',
    startedAt: '2026-03-18T10:00:00.000Z',
    durationMinutes: 30,
    ...patch,
  };
}
