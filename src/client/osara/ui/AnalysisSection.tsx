import { analysisSchema, controllerRatings, repeatTypes, triangleSides } from '#domain/osara/index';
import { CheckboxGroup, LinesField, RadioGroup, termChoices } from './choices';
import { TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

const RATINGS = termChoices(controllerRatings);

export function AnalysisSection({ problem }: { problem: OsaraRecord }) {
  const draft = useSectionDraft(problem, 'analysis', analysisSchema);
  return (
    <>
      <p>The Problem Analysis Triangle. Describe behaviour and circumstances, not named people.</p>
      {triangleSides.map((side) => (
        <div className="triangle-side" key={side.code}>
          <h3>{side.en}</h3>
          <TextAreaField draft={draft} path={[side.code, 'description']} label={`${side.en}: description`} />
          <RadioGroup
            draft={draft}
            path={[side.code, 'controller']}
            legend={`${side.controllerEn} of the ${side.en.toLowerCase()}`}
            choices={RATINGS}
          />
        </div>
      ))}
      <h3>Patterns</h3>
      <CheckboxGroup draft={draft} path={['repeatTypes']} legend="Repeat types" terms={repeatTypes} />
      <TextAreaField draft={draft} path={['whenWhere']} label="When and where it happens" />
      <LinesField
        draft={draft}
        path={['dataSources']}
        label="Data sources used"
        hint="One source per line."
      />
      <LinesField
        draft={draft}
        path={['hypotheses']}
        label="Hypotheses"
        hint="One hypothesis per line, e.g. “the parade has no place manager after 6 pm”."
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
