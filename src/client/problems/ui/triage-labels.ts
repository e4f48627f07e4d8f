// The words of the triage lists' filters (problem list, team overview), from the catalogues.
import { type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
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

/**
 * The filter sheet's one line: "All open · 4 problems · Order: next review", or "Review overdue,
 * mine · 1 problem · Response · Order: opened" with a stage chosen.
 */
export function triageSummary(t: TFunction, count: number, filter: TriageFilter): string {
  const show = showLabel(t, filter.show);
  const parts = [
    filter.scope === 'mine' ? t('problems.triage.showMine', { show }) : show,
    t('problems.count', { count }),
    ...(filter.stage === 'any' ? [] : [stageLabel(t, filter.stage)]),
    t('problems.triage.orderBy', { sort: sortLabel(t, filter.sort).toLowerCase() }),
  ];
  return parts.join(' · ');
}
