import { analysisSchema, triangleSides } from '#domain/osara/index';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { CheckboxGroup, LinesField, RadioGroup, termChoices } from './choices';
import { TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

export function AnalysisSection({ problem }: { problem: OsaraRecord }) {
  const t = useT();
  const draft = useSectionDraft(problem, 'analysis', analysisSchema);
  const ratings = termChoices(t, 'controllerRating');
  return (
    <>
      <p>{t('osara.analysis.intro')}</p>
      {triangleSides.map((side) => (
        <div className="triangle-side" key={side.code}>
          <h3>{vocabLabel(t, 'triangleSide', side.code)}</h3>
          <TextAreaField
            draft={draft}
            path={[side.code, 'description']}
            label={t('osara.analysis.sideDescription', { side: vocabLabel(t, 'triangleSide', side.code) })}
          />
          <RadioGroup
            draft={draft}
            path={[side.code, 'controller']}
            legend={t(`osara.analysis.controllerLegend.${side.code}`)}
            choices={ratings}
          />
        </div>
      ))}
      <h3>{t('osara.analysis.patterns')}</h3>
      <CheckboxGroup
        draft={draft}
        path={['repeatTypes']}
        legend={t('osara.analysis.repeatTypes')}
        vocab="repeatType"
      />
      <TextAreaField draft={draft} path={['whenWhere']} label={t('osara.analysis.whenWhere')} />
      <LinesField
        draft={draft}
        path={['dataSources']}
        label={t('osara.analysis.dataSources')}
        hint={t('osara.analysis.dataSourcesHint')}
      />
      <LinesField
        draft={draft}
        path={['hypotheses']}
        label={t('osara.analysis.hypotheses')}
        hint={t('osara.analysis.hypothesesHint')}
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
