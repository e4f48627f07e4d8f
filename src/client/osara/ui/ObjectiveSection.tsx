import { objectiveSchema } from '#domain/osara/index';
import { useT } from '#client/i18n/index';
import { InputField, SelectField, TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

// The objective is stated before any response starts: the app stamps when it was first set.
function stampStated(value: Record<string, unknown>, stored: unknown): Record<string, unknown> {
  const previous = (stored as { statedAt?: unknown } | undefined)?.statedAt;
  return { ...value, statedAt: typeof previous === 'string' ? previous : new Date().toISOString() };
}

export function ObjectiveSection({ problem }: { problem: OsaraRecord }) {
  const t = useT();
  const draft = useSectionDraft(problem, 'objective', objectiveSchema, stampStated);
  return (
    <>
      <p>{t('osara.objective.intro')}</p>
      <SelectField draft={draft} path={['impact']} label={t('osara.objective.impact')} vocab="impact" />
      {draft.get(['impact']) === 'reduce_by_percent' && (
        <InputField
          draft={draft}
          path={['targetPercent']}
          label={t('osara.objective.targetPercent')}
          kind="number"
        />
      )}
      <TextAreaField
        draft={draft}
        path={['successMeasure']}
        label={t('osara.objective.successMeasure')}
        hint={t('osara.objective.successMeasureHint')}
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
