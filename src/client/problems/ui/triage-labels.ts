// The words of the triage lists' filters (problem list, team overview), from the catalogues.
import { vocabLabel, type TFunction } from '#client/i18n/index';
import type { TriageFilter, TriageScope, TriageShow, TriageSort, TriageStage } from './triage';

export function scopeLabel(t: TFunction, scope: TriageScope): string {
  return t(`problems.triage.scope.${scope}`);
}

export function showLabel(t: TFunction, show: TriageShow): string {
  return t(`problems.triage.show.${show}`);
}

export function sortLabel(t: TFunction, sort: TriageSort): string {
  return t(`problems.triage.sort.${sort}`);
}

export function stageLabel(t: TFunction, stage: TriageStage): string {
  return stage === 'any' ? t('problems.triage.anyStage') : vocabLabel(t, 'problemStatus', stage);
}

/** "4 problems: all open" / "1 problem: review overdue, mine". */
export function triageSummary(t: TFunction, count: number, filter: TriageFilter): string {
  const values = { problems: t('problems.count', { count }), show: showLabel(t, filter.show).toLowerCase() };
  return filter.scope === 'mine'
    ? t('problems.triage.summaryMine', values)
    : t('problems.triage.summary', values);
}
