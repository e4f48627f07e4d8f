// Triage of a list of problems: whose (mine, my team), what to show (to do, every open one,
// overdue reviews, closures awaiting sign-off, closed), which stage, and in what order; with the
// count each choice would give, so an officer sees where the work is before tapping. Pure.
import { problemStatuses, type ProblemStatusCode } from '#domain/vocabularies';
import type { TriageRow } from './triage-rows';

export const scopes = ['mine', 'team'] as const;
export type TriageScope = (typeof scopes)[number];
export const shows = ['todo', 'open', 'overdue', 'signoff', 'closed'] as const;
export type TriageShow = (typeof shows)[number];
export const sorts = ['review', 'updated', 'opened'] as const;
export type TriageSort = (typeof sorts)[number];
export type TriageStage = ProblemStatusCode | 'any';
export const stages: readonly TriageStage[] = ['any', ...problemStatuses.map((s) => s.code)];

export interface TriageFilter {
  scope: TriageScope;
  show: TriageShow;
  stage: TriageStage;
  sort: TriageSort;
}

export interface TriageCounts {
  scope: Record<TriageScope, number>;
  show: Record<TriageShow, number>;
  stage: Record<TriageStage, number>;
}

export interface Triaged {
  rows: TriageRow[];
  counts: TriageCounts;
}

/** The supervisor's part is done: the closure signed off, or the current stage approved and no review overdue. */
export function isDone(row: TriageRow): boolean {
  return row.closureSignedOff || (row.stageApproved && !row.overdue);
}

function matchesShow(row: TriageRow, show: TriageShow): boolean {
  const open = row.problem.status !== 'closed';
  switch (show) {
    case 'todo':
      return open && !isDone(row);
    case 'open':
      return open;
    case 'overdue':
      return row.overdue;
    case 'signoff':
      return row.awaitingSignOff;
    case 'closed':
      return !open;
  }
}

function inScope(row: TriageRow, scope: TriageScope, meId: string): boolean {
  return scope === 'team' || row.ownerId === meId;
}

function inStage(row: TriageRow, stage: TriageStage): boolean {
  return stage === 'any' || row.problem.status === stage;
}

/** Overdue first, then the nearest next review (none last), then the longest idle. */
export function byNextReview(a: TriageRow, b: TriageRow): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.nextReviewDate !== b.nextReviewDate) {
    if (a.nextReviewDate === undefined) return 1;
    if (b.nextReviewDate === undefined) return -1;
    return a.nextReviewDate.localeCompare(b.nextReviewDate);
  }
  return b.daysSinceActivity - a.daysSinceActivity;
}

const openedOn = (row: TriageRow): string => row.problem.openedAt ?? row.problem.createdAt.slice(0, 10);

const comparators: Record<TriageSort, (a: TriageRow, b: TriageRow) => number> = {
  review: byNextReview,
  // Most recently changed first.
  updated: (a, b) => b.lastActivityAt - a.lastActivityAt,
  // Most recently opened first; the same day by creation.
  opened: (a, b) =>
    openedOn(b).localeCompare(openedOn(a)) || b.problem.createdAt.localeCompare(a.problem.createdAt),
};

function countBy<K extends string>(
  keys: readonly K[],
  rows: readonly TriageRow[],
  test: (row: TriageRow, key: K) => boolean,
) {
  return Object.fromEntries(keys.map((k) => [k, rows.filter((row) => test(row, k)).length])) as Record<
    K,
    number
  >;
}

/**
 * The rows the filter keeps, in its order, and for each choice the count it would give with the
 * other choices kept as they are (as search facets count).
 */
export function triage(rows: readonly TriageRow[], filter: TriageFilter, meId: string): Triaged {
  const scoped = rows.filter((r) => inScope(r, filter.scope, meId));
  const counts: TriageCounts = {
    scope: countBy(
      scopes,
      rows,
      (r, s) => inScope(r, s, meId) && matchesShow(r, filter.show) && inStage(r, filter.stage),
    ),
    show: countBy(shows, scoped, (r, s) => matchesShow(r, s) && inStage(r, filter.stage)),
    stage: countBy(stages, scoped, (r, s) => matchesShow(r, filter.show) && inStage(r, s)),
  };
  const kept = scoped.filter((r) => matchesShow(r, filter.show) && inStage(r, filter.stage));
  return { rows: kept.sort(comparators[filter.sort]), counts };
}

function pick<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** The filter held in the address (?scope=mine&show=overdue&stage=response&sort=updated). */
export function filterFromParams(params: URLSearchParams, defaults: TriageFilter): TriageFilter {
  return {
    scope: pick(scopes, params.get('scope'), defaults.scope),
    show: pick(shows, params.get('show'), defaults.show),
    stage: pick(stages, params.get('stage'), defaults.stage),
    sort: pick(sorts, params.get('sort'), defaults.sort),
  };
}
