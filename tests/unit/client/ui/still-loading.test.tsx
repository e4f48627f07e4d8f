// Issue 14, "still loading": while the first download after sign-in has not stored its last page,
// Today, the team overview and the dashboard say they are loading instead of showing an empty
// state or figures counted from half the records; once it has, they show what the device holds.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '#domain/session';
import type { DashboardData } from '#client/dashboard/contract';
import type { TodayData } from '#client/patrol/view-contract';
import en from '#client/i18n/en.json';
import { FakeSession, fakeWorkspace, officer, renderApp, type FakeWorkspace } from './fakes';

afterEach(cleanup);

const sergeant: Me = { ...officer, id: 'u-100', displayName: 'Sgt Carys Hughes', role: 'supervisor' };
const lead: Me = { ...officer, id: 'u-300', displayName: 'Pat Lead', role: 'prevention_lead' };

const nothingToday: TodayData = { hotspots: [], activities: [], problems: [], actions: [], reviews: [] };
const nothingForTheDashboard: DashboardData = {
  problems: [],
  actions: [],
  evaluations: [],
  nominations: [],
  reviews: [],
};

/** A device whose first download is still running, with nothing stored yet. */
function downloading(me: Me): FakeWorkspace {
  const workspace = fakeWorkspace(
    {
      today: {
        watch: (_window, onChange) => {
          onChange(nothingToday);
          return () => undefined;
        },
      },
      dashboard: {
        watch: (onChange) => {
          onChange(nothingForTheDashboard);
          return () => undefined;
        },
      },
    },
    me,
  );
  workspace.setStatus({ firstDownload: true, syncing: true, download: { received: 200, total: 11_000 } });
  return workspace;
}

async function open(workspace: FakeWorkspace, path: string): Promise<void> {
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
}

/** The first download stores its last page. */
function downloadDone(workspace: FakeWorkspace): void {
  act(() => {
    workspace.setStatus({ firstDownload: false, syncing: false, download: null });
  });
}

describe('screens while the first download is still running', () => {
  it("Today says it is reading the briefing, not that nothing is due, until the download's last page", async () => {
    const workspace = downloading(officer);
    await open(workspace, '/today');
    expect(await screen.findByText(/^Reading today.s briefing/)).toBeTruthy();
    expect(screen.queryByText(/No actions on your open problems are due/)).toBeNull();
    downloadDone(workspace);
    expect(await screen.findByText(/No actions on your open problems are due/)).toBeTruthy();
    expect(screen.queryByText(/^Reading today.s briefing/)).toBeNull();
  });

  it('the team overview says it is loading, not that the team has no problems', async () => {
    const workspace = downloading(sergeant);
    await open(workspace, '/supervisor');
    expect(await screen.findByText(en.supervision.overview.loading)).toBeTruthy();
    expect(screen.queryByText(en.supervision.overview.empty)).toBeNull();
    downloadDone(workspace);
    expect(await screen.findByText(en.supervision.overview.empty)).toBeTruthy();
    expect(screen.queryByText(en.supervision.overview.loading)).toBeNull();
  });

  it('the dashboard says it is loading, never "no nominations waiting" from half the records', async () => {
    const workspace = downloading(lead);
    await open(workspace, '/dashboard');
    expect(await screen.findByText(en.dashboard.loading)).toBeTruthy();
    expect(screen.queryByText(en.dashboard.noNominations)).toBeNull();
    downloadDone(workspace);
    expect(await screen.findByText(en.dashboard.noNominations)).toBeTruthy();
    expect(screen.queryByText(en.dashboard.loading)).toBeNull();
  });

  // Issue 16: a read of every problem after each stored page competes with the download itself.
  it('none of the three reads the device until the download is done', async () => {
    for (const [me, path] of [
      [officer, '/today'],
      [sergeant, '/supervisor'],
      [lead, '/dashboard'],
    ] as const) {
      const workspace = downloading(me);
      const reads: string[] = [];
      const { today, dashboard, problems } = workspace;
      const watchToday = today.watch.bind(today);
      const watchDashboard = dashboard.watch.bind(dashboard);
      const watchList = problems.watchList.bind(problems);
      today.watch = (window, onChange) => (reads.push('today'), watchToday(window, onChange));
      dashboard.watch = (onChange) => (reads.push('dashboard'), watchDashboard(onChange));
      problems.watchList = (teamIds, onChange) => (reads.push('problems'), watchList(teamIds, onChange));
      await open(workspace, path);
      expect(reads, path).toEqual([]);
      downloadDone(workspace);
      const wanted = { '/today': 'today', '/supervisor': 'problems', '/dashboard': 'dashboard' }[path];
      await vi.waitFor(() => {
        expect(reads, path).toContain(wanted);
      });
      cleanup();
    }
  });
});
