import { impactScale, objectiveSchema } from '#domain/osara/index';
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
  const draft = useSectionDraft(problem, 'objective', objectiveSchema, stampStated);
  return (
    <>
      <p>What success looks like, stated before any response starts.</p>
      <SelectField draft={draft} path={['impact']} label="Impact you are aiming for" terms={impactScale} />
      {draft.get(['impact']) === 'reduce_by_percent' && (
        <InputField draft={draft} path={['targetPercent']} label="Target reduction (%)" kind="number" />
      )}
      <TextAreaField
        draft={draft}
        path={['successMeasure']}
        label="Success measure"
        hint="How you will know, e.g. “calls about youths at the parade, Friday and Saturday evenings, for 3 months”."
      />
      <SaveStatus save={draft.save} />
    </>
  );
}
