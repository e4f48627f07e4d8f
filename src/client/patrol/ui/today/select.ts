// What the day's briefing shows, as pure functions of the records on the device: which
// hotspots are mine today, which actions and reviews are due, and the patrol minutes per hotspot.
// Dates are calendar days in the force's time zone (#domain/dates), as on the station clock.
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import { addDays, todayInForce } from '#domain/dates';
import { patrolMinutesByHotspot, type HotspotDosage } from '#domain/patrol/dosage';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';
import type { Me } from '#domain/session';

export type Viewer = Pick<Me, 'id' | 'role' | 'teams'>;

/** Today's date (YYYY-MM-DD) where the force works. */
export function todayOf(now: Date): string {
  return todayInForce(now);
}

/**
 * The start of the query window: two days before the seven-day dosage window opens, since stored
 * times may carry any UTC offset (up to 14 hours) and the index compares them as strings.
 */
export function windowStart(today: string): string {
  return `${addDays(today, -8)}T00:00:00.000Z`;
}

/** Hotspots for `today` that are force-wide (no teams) or name one of my teams, by name. */
export function myHotspotsToday(hotspots: readonly Hotspot[], viewer: Viewer, today: string): Hotspot[] {
  const mine = new Set(viewer.teams.map((t) => t.id));
  return hotspots
    .filter((h) => !h.deleted && h.date === today)
    .filter((h) => h.teamIds === undefined || h.teamIds.length === 0 || h.teamIds.some((t) => mine.has(t)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

const isOpen = (p: Problem): boolean => !p.deleted && p.status !== 'closed';

/**
 * Whose problems the briefing is about: a supervisor's are the whole team's (they answer for
 * them); anyone else's are those they own, or opened and nobody has taken over.
 */
export function isMyProblem(problem: Problem, viewer: Viewer): boolean {
  if (viewer.role === 'supervisor') return viewer.teams.some((t) => t.id === problem.teamId);
  return (problem.ownerId ?? problem.createdBy) === viewer.id;
}

export interface ActionDue {
  action: Action;
  problem: Problem;
  dueDate: string;
  overdue: boolean;
}

/**
 * Actions still to do (planned or in progress) that are due today or overdue, on my open problems
 * or led by me on any open problem of my teams. Soonest (longest overdue) first.
 */
export function actionsDue(
  problems: readonly Problem[],
  actions: readonly Action[],
  viewer: Viewer,
  today: string,
): ActionDue[] {
  const byId = new Map(problems.filter(isOpen).map((p) => [p.id, p]));
  const due: ActionDue[] = [];
  for (const action of actions) {
    const problem = byId.get(action.problemId);
    if (problem === undefined || action.deleted || action.dueDate === undefined) continue;
    if (action.status === 'done' || action.status === 'cancelled' || action.dueDate > today) continue;
    const ledByMe = action.lead.kind === 'officer' && action.lead.userId === viewer.id;
    if (!ledByMe && !isMyProblem(problem, viewer)) continue;
    due.push({ action, problem, dueDate: action.dueDate, overdue: action.dueDate < today });
  }
  return due.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.problem.title.localeCompare(b.problem.title, 'en-GB'),
  );
}

export interface ReviewDue {
  problem: Problem;
  nextReviewDate: string;
  overdue: boolean;
}

/**
 * My open problems whose next review is today or earlier. The date is the latest review's (the
 * supervisor's latest word), else the problem's own, as on the supervisor's overview.
 */
export function reviewsDue(
  problems: readonly Problem[],
  reviews: readonly Review[],
  viewer: Viewer,
  today: string,
): ReviewDue[] {
  const due: ReviewDue[] = [];
  for (const problem of problems) {
    if (!isOpen(problem) || !isMyProblem(problem, viewer)) continue;
    const latest = reviews
      .filter((r) => r.problemId === problem.id && !r.deleted && r.nextReviewDate !== undefined)
      .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt))
      .at(-1);
    const next = latest?.nextReviewDate ?? problem.nextReviewDate;
    if (next === undefined || next > today) continue;
    due.push({ problem, nextReviewDate: next, overdue: next < today });
  }
  return due.sort((a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate));
}

export interface OfficerMinutes extends HotspotDosage {
  officerId: string;
}

export interface HotspotRow {
  hotspot: Hotspot;
  minutes: HotspotDosage;
  /** Per officer, most minutes over seven days first; only officers with minutes. */
  byOfficer: OfficerMinutes[];
}

const NONE: HotspotDosage = { today: 0, last7Days: 0 };

/** Patrol minutes per hotspot for today and the seven days ending today, in total and by officer. */
export function hotspotRows(
  hotspots: readonly Hotspot[],
  activities: readonly Activity[],
  today: string,
): HotspotRow[] {
  const totals = patrolMinutesByHotspot(activities, today);
  const officers = [...new Set(activities.map((a) => a.createdBy))];
  const perOfficer = officers.map((officerId) => ({
    officerId,
    totals: patrolMinutesByHotspot(
      activities.filter((a) => a.createdBy === officerId),
      today,
    ),
  }));
  return hotspots.map((hotspot) => ({
    hotspot,
    minutes: totals.get(hotspot.id) ?? NONE,
    byOfficer: perOfficer
      .map(({ officerId, totals: t }) => ({ officerId, ...(t.get(hotspot.id) ?? NONE) }))
      .filter((o) => o.last7Days > 0)
      .sort((a, b) => b.last7Days - a.last7Days || b.today - a.today),
  }));
}
