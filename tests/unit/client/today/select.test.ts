// The briefing's choices (src/client/patrol/ui/today/select.ts): which hotspots are mine today,
// which actions and reviews are due and in what order, and the patrol minutes per hotspot.
import { describe, expect, it } from 'vitest';
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot, HotspotGeometry } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';
import {
  actionsDue,
  hotspotRows,
  myHotspotsToday,
  reviewsDue,
  todayOf,
  windowStart,
  type Viewer,
} from '#client/patrol/ui/today/select';

const TODAY = '2026-07-01';
let n = 0;
const id = (): string => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const envelope = (by = 'u-1') => ({
  id: id(),
  version: 1,
  createdAt: '2026-06-01T09:00:00Z',
  createdBy: by,
  updatedAt: '2026-06-01T09:00:00Z',
  updatedBy: by,
  deleted: false,
});

const square: HotspotGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ],
  ],
};
const hotspot = (name: string, patch: Partial<Hotspot> = {}): Hotspot => ({
  ...envelope('admin'),
  sourceId: name,
  name,
  date: TODAY,
  geometry: square,
  ...patch,
});
const problem = (title: string, patch: Partial<Problem> = {}): Problem =>
  ({
    ...envelope(),
    teamId: 'north',
    title,
    problemType: 'asb',
    description: '',
    locationText: '',
    status: 'response',
    reference: null,
    ...patch,
  }) as Problem;
const action = (p: Problem, description: string, patch: Partial<Action> = {}): Action =>
  ({
    ...envelope(),
    problemId: p.id,
    description,
    techniques: ['other'],
    lead: { kind: 'officer', userId: 'u-9' },
    status: 'planned',
    ...patch,
  }) as Action;
const review = (p: Problem, reviewedAt: string, nextReviewDate?: string): Review => ({
  ...envelope('sgt'),
  problemId: p.id,
  kind: 'stage',
  stage: 'response',
  decision: 'approve_stage',
  reviewer: 'sgt',
  reviewedAt,
  ...(nextReviewDate === undefined ? {} : { nextReviewDate }),
});
const activity = (
  by: string,
  hotspotId: string | undefined,
  startedAt: string,
  minutes: number,
): Activity => ({
  ...envelope(by),
  teamId: 'north',
  type: 'patrol',
  startedAt,
  durationMinutes: minutes,
  ...(hotspotId === undefined ? {} : { hotspotId }),
});

const officer: Viewer = { id: 'u-1', role: 'officer', teams: [{ id: 'north', name: 'North' }] };
const supervisor: Viewer = { id: 'sgt', role: 'supervisor', teams: [{ id: 'north', name: 'North' }] };

describe('my hotspots today', () => {
  it("keeps today's force-wide hotspots and my team's, in name order, and leaves out the rest", () => {
    const list = [
      hotspot('Station Road', { teamIds: ['north'] }),
      hotspot('Abbey Park'),
      hotspot('Canal towpath', { teamIds: [] }),
      hotspot('South market', { teamIds: ['south'] }),
      hotspot('Yesterday lane', { date: '2026-06-30' }),
      hotspot('Withdrawn', { deleted: true }),
      hotspot('Shared edge', { teamIds: ['south', 'north'] }),
    ];
    expect(myHotspotsToday(list, officer, TODAY).map((h) => h.name)).toEqual([
      'Abbey Park',
      'Canal towpath',
      'Shared edge',
      'Station Road',
    ]);
  });

  it('gives someone with no team only the force-wide hotspots', () => {
    const list = [hotspot('Abbey Park'), hotspot('Station Road', { teamIds: ['north'] })];
    const lead: Viewer = { id: 'pl', role: 'prevention_lead', teams: [] };
    expect(myHotspotsToday(list, lead, TODAY).map((h) => h.name)).toEqual(['Abbey Park']);
  });
});

describe('actions due', () => {
  const mine = problem('Bike thefts', { ownerId: 'u-1' });
  const mineByCreation = problem('Graffiti');
  const colleagues = problem('Drug dealing', { ownerId: 'u-2' });
  const closed = problem('Old problem', { ownerId: 'u-1', status: 'closed' });

  it('lists undone actions due today or earlier on my open problems, longest overdue first', () => {
    const rows = actionsDue(
      [mine, mineByCreation, colleagues, closed],
      [
        action(mine, 'Due today', { dueDate: TODAY }),
        action(mineByCreation, 'Two days late', { dueDate: '2026-06-29', status: 'in_progress' }),
        action(mine, 'Next week', { dueDate: '2026-07-08' }),
        action(mine, 'Finished', { dueDate: '2026-06-20', status: 'done' }),
        action(mine, 'Dropped', { dueDate: '2026-06-20', status: 'cancelled' }),
        action(mine, 'No date'),
        action(colleagues, "A colleague's", { dueDate: '2026-06-25' }),
        action(closed, 'On a closed problem', { dueDate: '2026-06-25' }),
        action(mine, 'Deleted', { dueDate: '2026-06-25', deleted: true }),
      ],
      officer,
      TODAY,
    );
    expect(rows.map((r) => [r.action.description, r.overdue])).toEqual([
      ['Two days late', true],
      ['Due today', false],
    ]);
  });

  it("includes an action I lead on a colleague's problem", () => {
    const rows = actionsDue(
      [colleagues],
      [action(colleagues, 'Mine to do', { dueDate: TODAY, lead: { kind: 'officer', userId: 'u-1' } })],
      officer,
      TODAY,
    );
    expect(rows.map((r) => r.action.description)).toEqual(['Mine to do']);
  });

  it("gives a supervisor the whole team's due actions", () => {
    const other = problem('Other team', { teamId: 'south' });
    const rows = actionsDue(
      [mine, colleagues, other],
      [
        action(colleagues, 'B', { dueDate: '2026-06-30' }),
        action(mine, 'A', { dueDate: '2026-06-30' }),
        action(other, 'South', { dueDate: '2026-06-30' }),
      ],
      supervisor,
      TODAY,
    );
    // Same date: by problem title.
    expect(rows.map((r) => r.action.description)).toEqual(['A', 'B']);
  });
});

describe('reviews due', () => {
  it("uses the latest review's next date over the problem's own, and keeps only today or earlier", () => {
    const pushedBack = problem('Pushed back', { ownerId: 'u-1', nextReviewDate: '2026-06-01' });
    const brought = problem('Brought forward', { ownerId: 'u-1', nextReviewDate: '2026-08-01' });
    const ownDate = problem('Own date', { ownerId: 'u-1', nextReviewDate: TODAY });
    const notMine = problem('Not mine', { ownerId: 'u-2', nextReviewDate: '2026-06-01' });
    const closed = problem('Closed', { ownerId: 'u-1', status: 'closed', nextReviewDate: '2026-06-01' });
    const reviews = [
      review(pushedBack, '2026-06-01T10:00:00Z', '2026-06-10'),
      review(pushedBack, '2026-06-10T10:00:00Z', '2026-07-15'),
      review(brought, '2026-06-05T10:00:00Z', '2026-06-28'),
      review(brought, '2026-06-06T10:00:00Z'), // no date: the earlier one stands
    ];
    const rows = reviewsDue([pushedBack, brought, ownDate, notMine, closed], reviews, officer, TODAY);
    expect(rows.map((r) => [r.problem.title, r.nextReviewDate, r.overdue])).toEqual([
      ['Brought forward', '2026-06-28', true],
      ['Own date', TODAY, false],
    ]);
  });

  it("gives a supervisor the team's problems, not only their own", () => {
    const a = problem('A', { ownerId: 'u-2', nextReviewDate: '2026-06-30' });
    const b = problem('B', { ownerId: 'u-1', nextReviewDate: '2026-06-20' });
    const south = problem('South', { teamId: 'south', nextReviewDate: '2026-06-20' });
    expect(reviewsDue([a, b, south], [], supervisor, TODAY).map((r) => r.problem.title)).toEqual(['B', 'A']);
  });
});

describe('hotspot dosage rows', () => {
  it('totals minutes today and over seven days per hotspot, and by officer, busiest first', () => {
    const park = hotspot('Abbey Park');
    const road = hotspot('Station Road');
    const rows = hotspotRows(
      [park, road],
      [
        activity('u-1', park.id, '2026-07-01T08:00:00Z', 20),
        activity('u-2', park.id, '2026-07-01T09:00:00Z', 15),
        activity('u-2', park.id, '2026-06-26T09:00:00Z', 40),
        activity('u-1', park.id, '2026-06-24T09:00:00Z', 60), // eight days ago: outside
        activity('u-1', undefined, '2026-07-01T10:00:00Z', 30), // no hotspot
      ],
      TODAY,
    );
    expect(rows[0]?.minutes).toEqual({ today: 35, last7Days: 75 });
    expect(rows[0]?.byOfficer).toEqual([
      { officerId: 'u-2', today: 15, last7Days: 55 },
      { officerId: 'u-1', today: 20, last7Days: 20 },
    ]);
    expect(rows[1]).toMatchObject({ minutes: { today: 0, last7Days: 0 }, byOfficer: [] });
  });
});

describe('dates and text', () => {
  it("takes today's date on the force's clock, not UTC", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(todayOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('starts the query window early enough for any stored offset', () => {
    expect(windowStart(TODAY)).toBe('2026-06-23T00:00:00.000Z');
    // The earliest counted day, 25 June, starts at 24 June 23:00 UTC in BST; an offset of -14h
    // stores it as 24 June 09:00-14:00. Both compare after the window start.
    expect('2026-06-24T09:00:00-14:00' >= windowStart(TODAY)).toBe(true);
  });
});
