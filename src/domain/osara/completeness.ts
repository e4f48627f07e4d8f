// Which OSARA sections are complete, for the problem's task list, and the section checks the stage
// gates reuse. "Complete" is stricter than what a gate needs: a gate blocks only on what the next
// stage cannot do without, while the task list nudges towards a full record.
import { hasText } from './text';
import type { OsaraProblem } from './problem';
import type { Objective } from './sections';
import type { ActionStatusCode, OsaraSectionCode } from './vocabularies';
import { cheersElements, osaraSections, triangleSides } from './vocabularies';

/** The little of an action that gates and completeness read. */
export interface ActionLike {
  readonly problemId: string;
  readonly status: ActionStatusCode;
  readonly deleted?: boolean;
}

export interface SectionStatus {
  readonly complete: boolean;
  /** Field paths still to fill in, e.g. `successMeasure`, `cheers.recurring`, `offender.controller`. */
  readonly missing: readonly string[];
}

export type SectionCompleteness = Readonly<Record<OsaraSectionCode, SectionStatus>>;

function status(missing: string[]): SectionStatus {
  return { complete: missing.length === 0, missing };
}

/** What the objective lacks before a response may start (also the Response gate). */
export function objectiveMissing(objective: Objective | undefined): string[] {
  const missing: string[] = [];
  if (objective?.impact === undefined) missing.push('impact');
  else if (objective.impact === 'reduce_by_percent' && objective.targetPercent === undefined) {
    missing.push('targetPercent');
  }
  if (!hasText(objective?.successMeasure)) missing.push('successMeasure');
  return missing;
}

/** The actions of this problem that still count: not deleted and not cancelled. */
export function liveActions(problemId: string, actions: readonly ActionLike[]): ActionLike[] {
  return actions.filter((a) => a.problemId === problemId && a.deleted !== true && a.status !== 'cancelled');
}

function scanningMissing(p: OsaraProblem): string[] {
  const s = p.scanning;
  const missing = cheersElements
    .filter((e) => typeof s?.cheers?.[e.code]?.met !== 'boolean')
    .map((e) => `cheers.${e.code}`);
  if (s?.source === undefined) missing.push('source');
  if (s?.baselineCount === undefined) missing.push('baselineCount');
  const period = s?.baselinePeriod;
  const hasPeriod = period?.days !== undefined || (period?.from !== undefined && period.to !== undefined);
  if (!hasPeriod) missing.push('baselinePeriod');
  return missing;
}

function analysisMissing(p: OsaraProblem): string[] {
  const a = p.analysis;
  const missing: string[] = [];
  for (const side of triangleSides) {
    if (!hasText(a?.[side.code]?.description)) missing.push(`${side.code}.description`);
    if (a?.[side.code]?.controller === undefined) missing.push(`${side.code}.controller`);
  }
  if (!hasText(a?.whenWhere)) missing.push('whenWhere');
  if ((a?.dataSources ?? []).length === 0) missing.push('dataSources');
  if ((a?.hypotheses ?? []).length === 0) missing.push('hypotheses');
  return missing;
}

function assessmentMissing(p: OsaraProblem): string[] {
  const a = p.assessment;
  const missing: string[] = [];
  if (!hasText(a?.processEvaluation)) missing.push('processEvaluation');
  if (a?.deliveredAsPlanned === undefined) missing.push('deliveredAsPlanned');
  if (a?.outcome === undefined) missing.push('outcome');
  if (!hasText(a?.lessonsLearned)) missing.push('lessonsLearned');
  if (a?.closureReason === undefined) missing.push('closureReason');
  return missing;
}

/**
 * The task list: each section complete or not, with what is missing. Response is complete when the
 * problem has at least one action that is not cancelled; pass the problem's actions (records of
 * other problems, deleted and cancelled actions are ignored). Governance is complete once a
 * retention review date is set: the people list may rightly be empty.
 */
export function sectionCompleteness(
  problem: OsaraProblem,
  actions: readonly ActionLike[] = [],
): SectionCompleteness {
  const bySection: Record<OsaraSectionCode, () => string[]> = {
    objective: () => objectiveMissing(problem.objective),
    scanning: () => scanningMissing(problem),
    analysis: () => analysisMissing(problem),
    response: () => (liveActions(problem.id, actions).length > 0 ? [] : ['actions']),
    assessment: () => assessmentMissing(problem),
    governance: () => (problem.governance?.retentionReviewDate === undefined ? ['retentionReviewDate'] : []),
  };
  const result = {} as Record<OsaraSectionCode, SectionStatus>;
  for (const section of osaraSections) result[section.code] = status(bySection[section.code]());
  return result;
}
