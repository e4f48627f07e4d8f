// The sergeant's workload view, per officer of the team, from the records on the device: the open
// problems they own, how many of those have a review overdue, the actions they lead that are due
// (today or overdue) and their patrol minutes this week (Monday to today, on the station clock).
import { addDays, localDate, todayInForce } from '#domain/dates';
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Problem } from '#domain/records';
import type { RosterMember } from '#domain/roster';
import { triageRows } from '#client/problems/ui/triage-rows';

export interface OfficerLoad {
  officerId: string;
  openProblems: number;
  reviewsOverdue: number;
  actionsDue: number;
  patrolMinutes: number;
}

export interface WorkloadInput {
  problems: readonly Problem[];
  reviews: readonly Review[];
  actions: readonly Action[];
  activities: readonly Activity[];
  /** The roster: the team's active officers are listed even with nothing on. */
  members: readonly RosterMember[];
  teamIds: readonly string[];
}

/** Monday of the week of `day` (YYYY-MM-DD). */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

const blank = (officerId: string): OfficerLoad => ({
  officerId,
  openProblems: 0,
  reviewsOverdue: 0,
  actionsDue: 0,
  patrolMinutes: 0,
});

/** One entry per officer with work or on the team's roster, most open problems first, then by id. */
export function workload(input: WorkloadInput, now: Date): OfficerLoad[] {
  const teams = new Set(input.teamIds);
  const today = todayInForce(now);
  const monday = weekStart(today);
  const loads = new Map<string, OfficerLoad>();
  const of = (id: string): OfficerLoad => {
    let load = loads.get(id);
    if (load === undefined) {
      load = blank(id);
      loads.set(id, load);
    }
    return load;
  };
  for (const m of input.members)
    if (m.active && m.role === 'officer' && m.teamIds.some((t) => teams.has(t))) of(m.id);

  const teamProblems = input.problems.filter((p) => teams.has(p.teamId));
  const open = new Set<string>();
  for (const row of triageRows(teamProblems, input.reviews, [], now)) {
    if (row.problem.status === 'closed') continue;
    open.add(row.problem.id);
    const load = of(row.ownerId);
    load.openProblems += 1;
    if (row.overdue) load.reviewsOverdue += 1;
  }
  for (const a of input.actions) {
    if (a.deleted || !open.has(a.problemId) || a.lead.kind !== 'officer' || a.dueDate === undefined) continue;
    if (a.status === 'done' || a.status === 'cancelled' || a.dueDate > today) continue;
    of(a.lead.userId).actionsDue += 1;
  }
  for (const activity of input.activities) {
    if (activity.deleted || !teams.has(activity.teamId)) continue;
    const day = localDate(activity.startedAt);
    if (day === undefined || day < monday || day > today) continue;
    of(activity.createdBy).patrolMinutes += activity.durationMinutes;
  }
  return [...loads.values()].sort(
    (a, b) => b.openProblems - a.openProblems || a.officerId.localeCompare(b.officerId),
  );
}
