import { describe, expect, it } from 'vitest';
import { triage, filterFromParams, type TriageFilter } from '#client/problems/ui/triage';
import { triageRows } from '#client/problems/ui/triage-rows';
import { workload, weekStart } from '#client/supervision/ui/workload';
import { ME, NOW, action, activity, problem, review } from './records';

const OPEN: TriageFilter = { scope: 'team', show: 'open', stage: 'any', sort: 'review' };

// Team north's problems: two are mine (one overdue), one awaits closure sign-off, one's closure is
// signed off, one's current stage is approved, one is closed.
const problems = [
  problem('mine-overdue', { nextReviewDate: '2026-03-15', status: 'response' }),
  problem('mine-later', { nextReviewDate: '2026-04-01', openedAt: '2026-03-12' }),
  problem('theirs-signoff', {
    ownerId: 'u-124',
    status: 'assessment',
    updatedAt: '2026-03-19T09:00:00.000Z',
  }),
  problem('theirs-signed', { ownerId: 'u-124', status: 'assessment' }),
  problem('theirs-approved', { ownerId: 'u-124', status: 'analysis', nextReviewDate: '2026-03-25' }),
  problem('theirs-closed', { ownerId: 'u-124', status: 'closed', nextReviewDate: '2026-01-01' }),
  problem('deleted', { deleted: true }),
];
const reviews = [
  review('theirs-signed', {
    kind: 'closure',
    decision: 'sign_off_closure',
    reviewedAt: '2026-03-18T10:00:00.000Z',
  }),
  review('theirs-approved', { kind: 'stage', stage: 'analysis', decision: 'approve_stage' }),
  // An approval of an earlier stage says nothing about the current one.
  review('mine-later', { kind: 'stage', stage: 'scanning', decision: 'approve_stage' }),
];
const rows = triageRows(problems, reviews, [], NOW);
const ids = (filter: Partial<TriageFilter>) =>
  triage(rows, { ...OPEN, ...filter }, ME).rows.map((r) => r.problem.id);

describe('triage rows', () => {
  it('knows the overdue review, the closure awaiting sign-off, the signed-off closure and the approved stage', () => {
    const by = Object.fromEntries(rows.map((r) => [r.problem.id, r]));
    expect(rows).toHaveLength(6);
    expect(by['mine-overdue']).toMatchObject({ overdue: true, ownerId: ME });
    expect(by['theirs-signoff']).toMatchObject({ awaitingSignOff: true, closureSignedOff: false });
    expect(by['theirs-signed']).toMatchObject({ awaitingSignOff: false, closureSignedOff: true });
    expect(by['theirs-approved']?.stageApproved).toBe(true);
    expect(by['mine-later']?.stageApproved).toBe(false);
    // A closed problem's old review date is not overdue.
    expect(by['theirs-closed']?.overdue).toBe(false);
  });
});

describe('triage filters and counts', () => {
  it('shows open problems by default, never closed ones with them', () => {
    // No review date: the longest idle first (the signed-off one was last touched by its review on the 18th).
    expect(ids({})).toEqual([
      'mine-overdue',
      'theirs-approved',
      'mine-later',
      'theirs-signed',
      'theirs-signoff',
    ]);
    expect(ids({ show: 'closed' })).toEqual(['theirs-closed']);
  });

  it('to do leaves out what the sergeant has done: a signed-off closure and an approved stage', () => {
    expect(ids({ show: 'todo' }).sort()).toEqual(['mine-later', 'mine-overdue', 'theirs-signoff']);
  });

  it('an approved stage whose review is now overdue is to do again', () => {
    const late = triageRows(
      [problem('p', { status: 'analysis', nextReviewDate: '2026-03-01' })],
      [review('p', { stage: 'analysis' })],
      [],
      NOW,
    );
    expect(triage(late, { ...OPEN, show: 'todo' }, ME).rows).toHaveLength(1);
  });

  it('overdue, awaiting sign-off, mine and stage each keep what they say', () => {
    expect(ids({ show: 'overdue' })).toEqual(['mine-overdue']);
    expect(ids({ show: 'signoff' })).toEqual(['theirs-signoff']);
    expect(ids({ scope: 'mine' })).toEqual(['mine-overdue', 'mine-later']);
    expect(ids({ stage: 'assessment' })).toEqual(['theirs-signed', 'theirs-signoff']);
  });

  it('counts each choice with the other choices kept', () => {
    const { counts } = triage(rows, OPEN, ME);
    expect(counts.scope).toEqual({ mine: 2, team: 5 });
    expect(counts.show).toEqual({ todo: 3, open: 5, overdue: 1, signoff: 1, closed: 1 });
    expect(counts.stage).toEqual({ any: 5, scanning: 0, analysis: 2, response: 1, assessment: 2, closed: 0 });
    const mine = triage(rows, { ...OPEN, scope: 'mine' }, ME).counts;
    expect(mine.show).toEqual({ todo: 2, open: 2, overdue: 1, signoff: 0, closed: 0 });
    expect(triage(rows, { ...OPEN, show: 'closed' }, ME).counts.scope).toEqual({ mine: 0, team: 1 });
  });

  it('sorts by next review (overdue first, none last), last updated or opened', () => {
    expect(ids({ sort: 'updated' })[0]).toBe('theirs-signoff');
    expect(ids({ sort: 'opened' })[0]).toBe('mine-later');
  });

  it('reads the filter from the address, ignoring values it does not know', () => {
    const params = new URLSearchParams('scope=mine&show=nonsense&stage=response&sort=opened');
    expect(filterFromParams(params, OPEN)).toEqual({
      scope: 'mine',
      show: 'open',
      stage: 'response',
      sort: 'opened',
    });
  });
});

describe('workload per officer', () => {
  const members = [
    { id: ME, displayName: 'PC Alex Morgan', role: 'officer' as const, teamIds: ['north'], active: true },
    { id: 'u-124', displayName: 'PC Bea Ncube', role: 'officer' as const, teamIds: ['north'], active: true },
    { id: 'u-125', displayName: 'PC Idle', role: 'officer' as const, teamIds: ['north'], active: true },
    { id: 'u-200', displayName: 'PC South', role: 'officer' as const, teamIds: ['south'], active: true },
  ];
  const actions = [
    action('a1', 'mine-overdue', { dueDate: '2026-03-19' }),
    action('a2', 'mine-overdue', { dueDate: '2026-03-20', status: 'in_progress' }),
    action('a3', 'mine-overdue', { dueDate: '2026-03-27' }), // not due yet
    action('a4', 'mine-overdue', { dueDate: '2026-03-01', status: 'done' }),
    action('a5', 'theirs-closed', { dueDate: '2026-03-01' }), // a closed problem's
    action('a6', 'theirs-signoff', { dueDate: '2026-03-02', lead: { kind: 'officer', userId: 'u-124' } }),
    action('a7', 'theirs-signoff', {
      dueDate: '2026-03-02',
      lead: { kind: 'partner', agency: 'Council' },
    } as never),
  ];
  const activities = [
    activity('w1', { createdBy: ME, startedAt: '2026-03-16T08:00:00.000Z', durationMinutes: 45 }), // Monday
    activity('w2', { createdBy: ME, startedAt: '2026-03-20T09:00:00.000Z', durationMinutes: 20 }),
    activity('w3', { createdBy: ME, startedAt: '2026-03-15T09:00:00.000Z', durationMinutes: 600 }), // last Sunday
    activity('w4', { createdBy: 'u-124', startedAt: '2026-03-17T09:00:00.000Z', durationMinutes: 15 }),
    activity('w5', { createdBy: 'u-200', teamId: 'south', durationMinutes: 99 }),
  ];
  const loads = workload({ problems, reviews, actions, activities, members, teamIds: ['north'] }, NOW);

  it('the week starts on Monday', () => {
    expect(weekStart('2026-03-20')).toBe('2026-03-16');
    expect(weekStart('2026-03-16')).toBe('2026-03-16');
    expect(weekStart('2026-03-22')).toBe('2026-03-16');
  });

  it('gives each officer of the team open problems, reviews overdue, actions due and patrol minutes this week', () => {
    expect(loads).toEqual([
      { officerId: 'u-124', openProblems: 3, reviewsOverdue: 0, actionsDue: 1, patrolMinutes: 15 },
      { officerId: ME, openProblems: 2, reviewsOverdue: 1, actionsDue: 2, patrolMinutes: 65 },
      { officerId: 'u-125', openProblems: 0, reviewsOverdue: 0, actionsDue: 0, patrolMinutes: 0 },
    ]);
  });
});
