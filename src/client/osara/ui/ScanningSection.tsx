import { cheersElements, scanningSchema } from '#domain/osara/index';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { RadioGroup, LinesField } from './choices';
import { DescriptionField } from './DescriptionField';
import { InputField, SelectField, TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';
import { SimilarProblemsPanel } from '#client/search/ui/SimilarProblemsPanel';

export function ScanningSection({ problem }: { problem: OsaraRecord }) {
  const t = useT();
  const draft = useSectionDraft(problem, 'scanning', scanningSchema);
  const metChoices = [
    { label: t('osara.scanning.yes'), value: true },
    { label: t('osara.scanning.no'), value: false },
    { label: t('osara.scanning.notSure'), value: null },
  ];
  return (
    <>
      <DescriptionField problem={problem} />
      <SimilarProblemsPanel problem={problem} />
      <h3>{t('osara.scanning.cheersHeading')}</h3>
      {cheersElements.map((element) => (
        <div className="cheers" key={element.code}>
          <RadioGroup
            draft={draft}
            path={['cheers', element.code, 'met']}
            legend={t('osara.scanning.cheersLegend', {
              element: vocabLabel(t, 'cheers', element.code),
              question: vocabLabel(t, 'cheersQuestion', element.code),
            })}
            choices={metChoices}
          />
          <TextAreaField
            draft={draft}
            path={['cheers', element.code, 'notes']}
            label={t('osara.scanning.cheersNotes', {
              element: vocabLabel(t, 'cheers', element.code).toLowerCase(),
            })}
            rows={2}
          />
        </div>
      ))}
      <h3>{t('osara.scanning.sizeHeading')}</h3>
      <SelectField draft={draft} path={['source']} label={t('osara.scanning.source')} vocab="problemSource" />
      <InputField
        draft={draft}
        path={['baselineCount']}
        label={t('osara.scanning.baselineCount')}
        hint={t('osara.scanning.baselineCountHint')}
        kind="number"
      />
      <InputField
        draft={draft}
        path={['baselinePeriod', 'days']}
        label={t('osara.scanning.baselineDays')}
        hint={t('osara.scanning.baselineDaysHint')}
        kind="number"
      />
      <InputField
        draft={draft}
        path={['baselinePeriod', 'from']}
        label={t('osara.scanning.baselineFrom')}
        kind="date"
      />
      <InputField
        draft={draft}
        path={['baselinePeriod', 'to']}
        label={t('osara.scanning.baselineTo')}
        kind="date"
      />
      <LinesField
        draft={draft}
        path={['incidentRefs']}
        label={t('osara.scanning.incidentRefs')}
        hint={t('osara.scanning.incidentRefsHint')}
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
