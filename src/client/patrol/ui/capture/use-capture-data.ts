// What the capture form offers: my teams' open problems (recent and my own first), a day's
// hotspots and the remembered choices. All read from the device, so capture works offline.
import { useEffect, useState } from 'react';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';
import type { RecentChoices } from '#client/patrol/contract';
import type { Workspace } from '#client/app/contract';
import type { ProblemChoice } from './CaptureForm';

export function orderProblems(
  problems: readonly Problem[],
  recent: readonly string[],
  me: string,
): ProblemChoice[] {
  const rank = (p: Problem) => {
    const i = recent.indexOf(p.id);
    if (i !== -1) return i;
    return recent.length + (p.ownerId === me || p.createdBy === me ? 0 : 1);
  };
  return problems
    .filter((p) => p.status !== 'closed')
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
    .map((p) => ({
      id: p.id,
      teamId: p.teamId,
      label: p.reference === null ? p.title : `${p.title} (${p.reference})`,
    }));
}

export function useRecentChoices(workspace: Workspace): RecentChoices | null {
  const [recent, setRecent] = useState<RecentChoices | null>(null);
  const activities = workspace.patrol.activities;
  useEffect(() => {
    let active = true;
    activities.recentChoices().then(
      (r) => {
        if (active) setRecent(r);
      },
      () => {
        if (active) setRecent({ types: [], durationMinutes: null, problemIds: [] });
      },
    );
    return () => {
      active = false;
    };
  }, [activities]);
  return recent;
}

export function useOpenProblems(workspace: Workspace): Problem[] {
  const [problems, setProblems] = useState<Problem[]>([]);
  const teamIds = workspace.me.teams.map((t) => t.id).join(',');
  useEffect(
    () => workspace.problems.watchList(teamIds === '' ? [] : teamIds.split(','), setProblems),
    [workspace, teamIds],
  );
  return problems;
}

/** Hotspots of a day; null until read, so the form does not auto-link against an empty list. */
export function useHotspots(workspace: Workspace, day: string): Hotspot[] | null {
  const [hotspots, setHotspots] = useState<Hotspot[] | null>(null);
  const activities = workspace.patrol.activities;
  useEffect(() => activities.watchHotspots(day, setHotspots), [activities, day]);
  return hotspots;
}
