import { describe, expect, it } from 'vitest';
import type { Problem } from '#domain/records';
import { teamOverview } from '#client/supervision/ui/team-overview';
import { timelineEvents } from '#client/problems/ui/timeline/timeline-events';
import { setLanguage } from '#client/i18n/index';

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

  it('sorts by the problem’s own next review date, which a review sets', () => {
    const rows = teamOverview(
      [
        problem('later', { nextReviewDate: '2026-05-01' }),
        problem('moved-up', { nextReviewDate: '2026-04-01' }),
      ],
      // An older review's date no longer counts once the problem holds its own.
      [{ problemId: 'moved-up', reviewedAt: '2026-03-01T10:00:00.000Z', nextReviewDate: '2026-03-10' }],
      [],
      NOW,
    );
    expect(rows.map((r) => [r.problem.id, r.nextReviewDate, r.overdue])).toEqual([
      ['moved-up', '2026-04-01', false],
      ['later', '2026-05-01', false],
    ]);
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

describe('timelineEvents with the force database history', () => {
  const names: Record<string, string> = { 'u-1': 'PC Ames', 'u-2': 'PC Bell', sgt: 'Sgt Cole' };
  const nameOf = (id: string | null | undefined) => (id == null ? '?' : (names[id] ?? 'A team member'));
  const entry = (id: string, at: string, patch: Record<string, unknown>) => ({
    id,
    at,
    by: 'u-1',
    collection: 'problems' as const,
    recordId: 'p',
    kind: 'update' as const,
    version: 1,
    fields: [],
    values: {},
    ...patch,
  });

  it('shows every change with who made it, unsent edits and linked activities, in date order', () => {
    const p = problem('p', { updatedAt: '2026-03-10T09:00:00.000Z' });
    const events = timelineEvents(
      p,
      [
        {
          id: 'a1',
          problemId: 'p',
          description: 'Fit lighting',
          status: 'done',
          createdAt: '2026-03-03T09:00:00.000Z',
          updatedAt: '2026-03-03T09:00:00.000Z',
        },
        {
          id: 'a2',
          problemId: 'p',
          description: 'Added after the fetch',
          status: 'planned',
          createdAt: '2026-03-12T09:00:00.000Z',
          updatedAt: '2026-03-12T09:00:00.000Z',
        },
      ],
      [
        {
          id: 'r1',
          problemId: 'p',
          decision: 'approve_stage',
          reviewedAt: '2026-03-09T09:00:00.000Z',
          reviewer: 'sgt',
        },
      ],
      {
        nameOf,
        history: {
          fetchedAt: '2026-03-11T09:00:00.000Z',
          people: [],
          entries: [
            entry('h1', '2026-03-01T09:00:00.000Z', { kind: 'create', fields: ['title'] }),
            entry('h2', '2026-03-02T09:00:00.000Z', {
              by: 'u-2',
              version: 2,
              fields: ['title', 'objective'],
              values: { title: 'Lights out behind the shops' },
            }),
            entry('h3', '2026-03-03T09:00:00.000Z', {
              collection: 'actions',
              recordId: 'a1',
              kind: 'create',
              version: 3,
              fields: ['problemId', 'description'],
            }),
            entry('h4', '2026-03-09T09:00:00.000Z', {
              by: 'sgt',
              collection: 'reviews',
              recordId: 'r1',
              kind: 'create',
              version: 4,
            }),
          ],
          local: [
            {
              mutationId: 'm1',
              collection: 'problems',
              recordId: 'p',
              fields: ['status'],
              values: { status: 'response' },
              at: '2026-03-13T09:00:00.000Z',
              state: 'pending',
            },
          ],
          activities: [
            {
              id: 'v1',
              type: 'patrol',
              startedAt: '2026-03-08T20:00:00.000Z',
              durationMinutes: 30,
              createdBy: 'u-2',
              placeText: 'Market Street',
            },
          ],
        },
      },
    );
    expect(events.map((e) => [e.what, e.by ?? '', e.detail ?? ''])).toEqual([
      ['Problem opened', 'PC Ames', ''],
      ['Problem changed', 'PC Bell', 'Title changed to Lights out behind the shops. Objective changed'],
      ['Action added', 'PC Ames', 'Fit lighting'],
      ['Patrol activity: Patrol', 'PC Bell', '30 min at Market Street'],
      ['Review: Approve this stage', 'Sgt Cole', ''],
      ['Action added', '', 'Added after the fetch'],
      ['Problem change saved on this device, not yet sent', '', 'Status changed to Response'],
    ]);
    expect(events.at(-1)?.state).toBe('pending');
  });

  it('names the fields of an action that changed, in words and in the language in use', async () => {
    const p = problem('p');
    const action = {
      id: 'a1',
      problemId: 'p',
      description: 'Fit lighting',
      status: 'planned' as const,
      createdAt: '2026-03-03T09:00:00.000Z',
      updatedAt: '2026-03-04T09:00:00.000Z',
    };
    const history = {
      fetchedAt: '2026-03-11T09:00:00.000Z',
      people: [],
      local: [],
      activities: [],
      entries: [
        entry('h1', '2026-03-04T09:00:00.000Z', {
          collection: 'actions',
          recordId: 'a1',
          fields: ['dueDate', 'evidenceNotes'],
        }),
      ],
    };
    const what = () => timelineEvents(p, [action], [], { nameOf, history }).map((e) => e.what);
    expect(what()).toContain('Action updated: the due date, the evidence notes');
    await setLanguage('cy');
    expect(what()).toContain('Diweddarwyd cam gweithredu: Y dyddiad dyledus, Y nodiadau tystiolaeth');
  });
});
