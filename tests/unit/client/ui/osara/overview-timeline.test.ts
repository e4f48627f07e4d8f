import { describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import { teamOverview, timelineEvents } from './modules';

function problem(id: string, patch: Partial<Problem> = {}): Problem {
  return {
    id,
    version: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    createdBy: 'u-1',
    updatedAt: '2026-03-01T09:00:00.000Z',
    updatedBy: 'u-1',
    deleted: false,
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

const NOW = new Date('2026-03-20T12:00:00.000Z');

describe('teamOverview', () => {
  it('puts overdue reviews first, then by next review date, then the longest idle', () => {
    const rows = teamOverview(
      [
        problem('idle', { updatedAt: '2026-03-05T09:00:00.000Z' }),
        problem('due-later', { nextReviewDate: '2026-04-01', updatedAt: '2026-03-19T09:00:00.000Z' }),
        problem('overdue', { updatedAt: '2026-03-19T09:00:00.000Z' }),
        problem('closed', { status: 'closed' }),
      ],
      [{ problemId: 'overdue', reviewedAt: '2026-03-01T10:00:00.000Z', nextReviewDate: '2026-03-15' }],
      [],
      NOW,
    );
    expect(rows.map((r) => r.problem.id)).toEqual(['overdue', 'due-later', 'idle']);
    expect(rows[0]?.overdue).toBe(true);
    expect(rows[2]?.daysSinceActivity).toBe(15);
  });

  it('counts an action or a review as activity, and the owner falls back to the creator', () => {
    const [row] = teamOverview(
      [problem('p', { updatedAt: '2026-03-01T09:00:00.000Z' })],
      [],
      [{ problemId: 'p', updatedAt: '2026-03-19T13:00:00.000Z' }],
      NOW,
    );
    expect(row?.daysSinceActivity).toBe(0);
    expect(row?.ownerId).toBe('u-1');
  });
});

describe('timelineEvents', () => {
  it('lists the problem, its sections, actions and reviews in date order', () => {
    const p = problem('p', {
      updatedAt: '2026-03-10T09:00:00.000Z',
      objective: { impact: 'eliminate', statedAt: '2026-03-02T09:00:00.000Z' },
    });
    const events = timelineEvents(
      p,
      [
        {
          id: 'a1',
          problemId: 'p',
          description: 'Fit lighting',
          status: 'done',
          createdAt: '2026-03-03T09:00:00.000Z',
          updatedAt: '2026-03-08T09:00:00.000Z',
        },
        {
          id: 'x',
          problemId: 'other',
          description: 'Not ours',
          status: 'planned',
          createdAt: '2026-03-04T09:00:00.000Z',
          updatedAt: '2026-03-04T09:00:00.000Z',
        },
      ],
      [{ id: 'r1', problemId: 'p', decision: 'approve_stage', reviewedAt: '2026-03-09T09:00:00.000Z' }],
    );
    expect(events.map((e) => e.what)).toEqual([
      'Problem opened',
      'Objective set',
      'Action added',
      'Action updated: Done',
      'Review: Approve this stage',
      'Record last changed',
    ]);
  });
});
