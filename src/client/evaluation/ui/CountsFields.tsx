// Periods and counts: the before and after dates, then incidents in each area in each period.
import { evaluationView } from '#domain/good-practice/evaluation-view';
import { useT } from '#client/i18n/index';
import { InputField } from '#client/osara/ui/fields';
import type { EvaluationDraft } from './use-evaluation-draft';

import { AREAS, areaLabel, periodIssueText } from './reading';

export function CountsFields({ draft }: { draft: EvaluationDraft }) {
  const t = useT();
  const issues = evaluationView({ problemId: '', ...draft.valid }).periodIssues;
  const dateField = (path: 'beforeStart' | 'beforeEnd' | 'afterStart' | 'afterEnd', label: string) => (
    <div>
      <InputField draft={draft} path={[path]} label={label} kind="date" />
      {path !== 'beforeStart' && issues[path] !== undefined && (
        <p className="field-error">{periodIssueText(t, path)}</p>
      )}
    </div>
  );
  return (
    <>
      <fieldset className="evaluation__group">
        <legend>{t('evaluation.counts.periods')}</legend>
        <p className="field-hint">{t('evaluation.counts.periodsHint')}</p>
        <div className="evaluation__grid">
          {dateField('beforeStart', t('evaluation.counts.beforeStart'))}
          {dateField('beforeEnd', t('evaluation.counts.beforeEnd'))}
          {dateField('afterStart', t('evaluation.counts.afterStart'))}
          {dateField('afterEnd', t('evaluation.counts.afterEnd'))}
        </div>
      </fieldset>
      {AREAS.map((area) => (
        <fieldset className="evaluation__group" key={area}>
          <legend>{areaLabel(t, area)}</legend>
          <p className="field-hint">{t(`evaluation.counts.hint.${area}`)}</p>
          <div className="evaluation__grid">
            <InputField
              draft={draft}
              path={[area, 'before']}
              label={t('evaluation.counts.before', { area: areaLabel(t, area) })}
              kind="number"
            />
            <InputField
              draft={draft}
              path={[area, 'after']}
              label={t('evaluation.counts.after', { area: areaLabel(t, area) })}
              kind="number"
            />
          </div>
        </fieldset>
      ))}
    </>
  );
}
