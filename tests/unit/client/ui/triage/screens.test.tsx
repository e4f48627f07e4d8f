// The problem list, the team overview and the workload view as an officer and a sergeant use
// them, over a fake workspace whose records are dated relative to today.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, todayInForce } from '#domain/dates';
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Me } from '#domain/session';
import type { Workspace } from '#client/app/contract';
import type { TodayData } from '#client/patrol/view-contract';
import { FakeSession, fakeWorkspace, officer, renderApp } from '../fakes';
import { action, activity, problem, review } from './records';

afterEach(cleanup);

const today = todayInForce();
const day = (n: number) => addDays(today, n);
const sergeant: Me = { ...officer, id: 'u-100', displayName: 'Sgt Carys Hughes', role: 'supervisor' };

const members = [
  {
    id: officer.id,
    displayName: officer.displayName,
    role: 'officer' as const,
    teamIds: ['north'],
    active: true,
  },
  { id: 'u-124', displayName: 'PC Bea Ncube', role: 'officer' as const, teamIds: ['north'], active: true },
  {
    id: 'u-100',
    displayName: 'Sgt Carys Hughes',
    role: 'supervisor' as const,
    teamIds: ['north'],
    active: true,
  },
];

const problems = [
  problem('p-overdue', {
    title: 'Bikes on the rec',
    ownerId: officer.id,
    status: 'response',
    nextReviewDate: day(-3),
  }),
  problem('p-later', { title: 'Graffiti on the underpass', ownerId: officer.id, nextReviewDate: day(10) }),
  problem('p-signoff', { title: 'Shed break-ins', ownerId: 'u-124', status: 'assessment' }),
  problem('p-signed', { title: 'Street drinking', ownerId: 'u-124', status: 'assessment' }),
  problem('p-closed', { title: 'Old litter problem', ownerId: 'u-124', status: 'closed' }),
];
const reviews: Review[] = [
  review('p-signed', {
    kind: 'closure',
    decision: 'sign_off_closure',
    reviewer: 'u-100',
    reviewedAt: new Date(Date.now() - 3_600_000).toISOString(),
  }),
];

function workspaceFor(me: Me, extra: Partial<Workspace> = {}) {
  const watchByTeams = <T,>(rows: T[]) => ({
    watchByTeams: (_teams: readonly string[], onChange: (rows: T[]) => void) => {
      onChange(rows);
      return () => undefined;
    },
  });
  const workspace = fakeWorkspace(
    {
      roster: {
        watch: (onChange) => {
          onChange({ members, fetchedAt: '2026-11-28T09:00:00Z' });
          return () => undefined;
        },
        refresh: () => Promise.resolve(),
      },
      reviews: Object.assign(Object.create(null) as Workspace['reviews'], watchByTeams(reviews)),
      actions: Object.assign(Object.create(null) as Workspace['actions'], watchByTeams<Action>([])),
      ...extra,
    },
    me,
  );
  workspace.problems.problems.push(...problems);
  return workspace;
}

async function open(me: Me, path: string, extra: Partial<Workspace> = {}): Promise<void> {
  const session = new FakeSession();
  session.remembered = workspaceFor(me, extra);
  renderApp(session, path);
  await screen.findByRole('list', { name: /problems|workload/i }, { timeout: 10_000 });
}

const titles = () =>
  within(screen.getByRole('list', { name: /problems/i }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);
const chip = (name: RegExp) => screen.getByRole('radio', { name });
/** The filter sheet: folded, its one line saying what is listed. */
const sheet = () => screen.getByText('Filters').closest('details') as HTMLDetailsElement;
const openSheet = () => {
  fireEvent.click(within(sheet()).getByText('Filters'));
};

describe('the problem list', () => {
  it('shows the open problems with counts for each filter, never the closed one with them', async () => {
    await open(officer, '/problems');
    expect(titles()).toEqual([
      'Bikes on the rec',
      'Graffiti on the underpass',
      expect.any(String),
      expect.any(String),
    ]);
    expect(titles()).not.toContain('Old litter problem');
    expect(chip(/^Mine \(2\)$/)).toBeTruthy();
    expect(chip(/^My team \(4\)$/)).toBeTruthy();
    expect(chip(/^Review overdue \(1\)$/)).toBeTruthy();
    expect(chip(/^Awaiting sign-off \(1\)$/)).toBeTruthy();
    expect(chip(/^Closed \(1\)$/)).toBeTruthy();
    expect(sheet().querySelector('.triage-summary')?.textContent).toBe(
      'All open · 4 problems · Order: next review',
    );
  });

  it('folds its filters into one line above the first card; the line follows the filters', async () => {
    await open(officer, '/problems');
    expect(sheet().open).toBe(false);
    const firstCard = screen.getByRole('heading', { name: 'Bikes on the rec' });
    expect(sheet().compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    openSheet();
    expect(sheet().open).toBe(true);
    fireEvent.click(chip(/^Mine/));
    fireEvent.click(chip(/^Review overdue/));
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'response' } });
    expect(sheet().querySelector('.triage-summary')?.textContent).toBe(
      'Review overdue, mine · 1 problem · Response · Order: next review',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 problem' }));
    expect(sheet().open).toBe(false);
    expect(titles()).toEqual(['Bikes on the rec']);
  });

  it('each card says the stage in words, the owner by name and the next review, overdue marked', async () => {
    await open(officer, '/problems');
    const card = screen.getByRole('heading', { name: 'Bikes on the rec' }).closest('article');
    if (card === null) throw new Error('no card');
    expect(within(card).getByText('Response').className).toContain('status-chip--response');
    expect(within(card).getByText('PC Alex Morgan (you)')).toBeTruthy();
    expect(within(card).getByText('Overdue')).toBeTruthy();
    const other = screen.getByRole('heading', { name: 'Shed break-ins' }).closest('article');
    expect(within(other as HTMLElement).getByText('PC Bea Ncube')).toBeTruthy();
    expect(within(other as HTMLElement).getByText('Not set')).toBeTruthy();
  });

  it('filters by mine, closed, overdue and stage, and the counts follow', async () => {
    await open(officer, '/problems');
    openSheet();
    fireEvent.click(chip(/^Mine/));
    expect(titles()).toEqual(['Bikes on the rec', 'Graffiti on the underpass']);
    expect(chip(/^Closed \(0\)$/)).toBeTruthy();
    fireEvent.click(chip(/^My team/));
    fireEvent.click(chip(/^Closed/));
    expect(titles()).toEqual(['Old litter problem']);
    fireEvent.click(chip(/^Review overdue/));
    expect(titles()).toEqual(['Bikes on the rec']);
    fireEvent.click(chip(/^All open/));
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'assessment' } });
    expect(titles().sort()).toEqual(['Shed break-ins', 'Street drinking']);
    expect(screen.getByRole('option', { name: 'Assessment (2)' })).toBeTruthy();
  });
});

describe('the team overview', () => {
  it('to do by default: the signed-off closure has left it, the one awaiting sign-off offers "Sign off closure"', async () => {
    await open(sergeant, '/supervisor');
    expect(titles()).not.toContain('Street drinking');
    expect(titles()).not.toContain('Old litter problem');
    expect(screen.getByRole('link', { name: /^Sign off closure\W+Shed break-ins$/ })).toBeTruthy();
    expect(chip(/^To do \(3\)$/)).toBeTruthy();
  });

  it('a just-signed-off closure never offers "Sign off closure", even under all open', async () => {
    await open(sergeant, '/supervisor?show=open');
    const card = screen.getByRole('heading', { name: 'Street drinking' }).closest('article') as HTMLElement;
    expect(within(card).getByText('✓ Closure signed off')).toBeTruthy();
    expect(within(card).queryByRole('link', { name: /Sign off closure/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: /^Sign off closure/ })).toHaveLength(1);
  });

  it('the workload view gives each officer open problems, reviews overdue, actions due and patrol this week', async () => {
    const data: TodayData = {
      hotspots: [],
      problems,
      reviews,
      actions: [action('a1', 'p-overdue', { dueDate: day(-1) })],
      activities: [
        activity('w1', { createdBy: 'u-124', startedAt: new Date().toISOString(), durationMinutes: 75 }),
      ] as Activity[],
    };
    const todayRepo: Workspace['today'] = {
      watch: (_window, onChange) => {
        onChange(data);
        return () => undefined;
      },
    };
    await open(sergeant, '/supervisor?view=workload', { today: todayRepo });
    const card = (name: string) =>
      screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;
    const figures = (name: string) =>
      within(card(name))
        .getAllByRole('definition')
        .map((d) => d.textContent);
    expect(figures('PC Alex Morgan')).toEqual(['2', '1 (needs attention)', '1', '0 min']);
    expect(figures('PC Bea Ncube')).toEqual(['2', '0', '0', '1 hr 15 min']);
  });
});
