// The words of the triage lists' filters (problem list, team overview).
import { problemStatusLabel } from './labels';
import type { TriageScope, TriageShow, TriageSort, TriageStage } from './triage';

export const scopeLabels: Record<TriageScope, string> = { mine: 'Mine', team: 'My team' };

export const showLabels: Record<TriageShow, string> = {
  todo: 'To do',
  open: 'All open',
  overdue: 'Review overdue',
  signoff: 'Awaiting sign-off',
  closed: 'Closed',
};

export const sortLabels: Record<TriageSort, string> = {
  review: 'Next review',
  updated: 'Last updated',
  opened: 'Opened',
};

export function stageLabel(stage: TriageStage): string {
  return stage === 'any' ? 'Any stage' : problemStatusLabel(stage);
}

/** "3 problems" / "1 problem" / "No problems". */
export function problemsCount(n: number): string {
  if (n === 0) return 'No problems';
  return n === 1 ? '1 problem' : `${String(n)} problems`;
}
