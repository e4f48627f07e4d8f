// Periods and counts: the before and after dates, then incidents in each area in each period.
import { areaLabels, evaluationView, type AreaName } from '#domain/good-practice/evaluation-view';
import { InputField } from '#client/osara/ui/fields';
import type { EvaluationDraft } from './use-evaluation-draft';

const areaHints: Readonly<Record<AreaName, string>> = {
  response: 'Where the response was delivered.',
  buffer: 'The area around it, where crime might move to (or also fall).',
  control: 'A similar area with no response: what would have happened anyway.',
};

export function CountsFields({ draft }: { draft: EvaluationDraft }) {
  const issues = evaluationView({ problemId: '', ...draft.valid }).periodIssues;
  const dateField = (path: 'beforeStart' | 'beforeEnd' | 'afterStart' | 'afterEnd', label: string) => (
    <div>
      <InputField draft={draft} path={[path]} label={label} kind="date" />
      {path !== 'beforeStart' && issues[path] !== undefined && <p className="field-error">{issues[path]}</p>}
    </div>
  );
  return (
    <>
      <fieldset className="evaluation__group">
        <legend>Periods</legend>
        <p className="field-hint">The periods may differ in length; the measures are scaled to match.</p>
        <div className="evaluation__grid">
          {dateField('beforeStart', 'Before period starts')}
          {dateField('beforeEnd', 'Before period ends')}
          {dateField('afterStart', 'After period starts')}
          {dateField('afterEnd', 'After period ends')}
        </div>
      </fieldset>
      {(['response', 'buffer', 'control'] as const).map((area) => (
        <fieldset className="evaluation__group" key={area}>
          <legend>{areaLabels[area]}</legend>
          <p className="field-hint">{areaHints[area]}</p>
          <div className="evaluation__grid">
            <InputField
              draft={draft}
              path={[area, 'before']}
              label={`${areaLabels[area]}: incidents before`}
              kind="number"
            />
            <InputField
              draft={draft}
              path={[area, 'after']}
              label={`${areaLabels[area]}: incidents after`}
              kind="number"
            />
          </div>
        </fieldset>
      ))}
    </>
  );
}
