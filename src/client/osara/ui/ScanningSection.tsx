import { cheersElements, problemSources, scanningSchema } from '#domain/osara/index';
import { RadioGroup, LinesField } from './choices';
import { DescriptionField } from './DescriptionField';
import { InputField, SelectField, TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';
import { SimilarProblemsPanel } from '#client/search/ui/SimilarProblemsPanel';

const MET_CHOICES = [
  { label: 'Yes', value: true },
  { label: 'No', value: false },
  { label: 'Not sure yet', value: null },
] as const;

export function ScanningSection({ problem }: { problem: OsaraRecord }) {
  const draft = useSectionDraft(problem, 'scanning', scanningSchema);
  return (
    <>
      <DescriptionField problem={problem} />
      <SimilarProblemsPanel problem={problem} />
      <h3>Is it a problem? (CHEERS)</h3>
      {cheersElements.map((element) => (
        <div className="cheers" key={element.code}>
          <RadioGroup
            draft={draft}
            path={['cheers', element.code, 'met']}
            legend={`${element.en}: ${element.questionEn}`}
            choices={MET_CHOICES}
          />
          <TextAreaField
            draft={draft}
            path={['cheers', element.code, 'notes']}
            label={`Notes on ${element.en.toLowerCase()}`}
            rows={2}
          />
        </div>
      ))}
      <h3>How it came to notice and how big it is</h3>
      <SelectField draft={draft} path={['source']} label="How it came to notice" terms={problemSources} />
      <InputField
        draft={draft}
        path={['baselineCount']}
        label="Baseline count"
        hint="How many incidents in the baseline period."
        kind="number"
      />
      <InputField
        draft={draft}
        path={['baselinePeriod', 'days']}
        label="Baseline period (days)"
        hint="The number of days counted, or leave this empty and give the dates below."
        kind="number"
      />
      <InputField draft={draft} path={['baselinePeriod', 'from']} label="Baseline period from" kind="date" />
      <InputField draft={draft} path={['baselinePeriod', 'to']} label="Baseline period to" kind="date" />
      <LinesField
        draft={draft}
        path={['incidentRefs']}
        label="Linked incident or crime references"
        hint="One reference per line."
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
