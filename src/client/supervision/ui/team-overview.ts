// The supervisor's view of the team's workload, as a pure function of the records on the device:
// overdue reviews first (longest overdue at the top), then by next review date, then the problems
// left longest without activity. The rows themselves are the triage lists' (triage-rows.ts).
import { todayInForce } from '#domain/dates';
import type { Problem } from '#domain/records';
import {
  triageRows,
  type ActivityDates,
  type ReviewDates,
  type TriageRow,
} from '#client/problems/ui/triage-rows';
import { byNextReview } from '#client/problems/ui/triage';

export type { ActivityDates, ReviewDates } from '#client/problems/ui/triage-rows';
export type OverviewRow = TriageRow;

/** `YYYY-MM-DD` of `date` in the force's time zone (review dates are days on the station clock). */
export function localDay(date: Date): string {
  return todayInForce(date);
}

/** The team's open problems, overdue reviews first. */
export function teamOverview(
  problems: readonly Problem[],
  reviews: readonly ReviewDates[],
  actions: readonly ActivityDates[],
  now: Date,
): OverviewRow[] {
  return triageRows(problems, reviews, actions, now)
    .filter((row) => row.problem.status !== 'closed')
    .sort(byNextReview);
}
