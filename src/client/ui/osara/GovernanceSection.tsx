import type { ReactNode } from 'react';
import { governanceSchema, personCategories, PERSON_ROLE_MAX } from '#domain/osara/index';
import { InputField, SelectField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

export function GovernanceSection({
  problem,
  reviewHistory,
}: {
  problem: OsaraRecord;
  reviewHistory?: ReactNode;
}) {
  const draft = useSectionDraft(problem, 'governance', governanceSchema);
  const raw = draft.get(['persons']);
  const persons = Array.isArray(raw) ? raw : [];
  return (
    <>
      <InputField
        draft={draft}
        path={['retentionReviewDate']}
        label="Retention review date"
        hint="When the force must next decide whether to keep this record."
        kind="date"
      />
      <h3>People connected with the problem</h3>
      <p className="field-hint">
        Record each person by category and a short role only, with a reference to where their details are
        held. Do not write names, addresses or dates of birth here.
      </p>
      {persons.length === 0 && <p className="empty">No people listed.</p>}
      {persons.map((_, index) => (
        // Rows have no stable key until a reference is typed; the index is the row's identity.
        <fieldset className="person" key={index}>
          <legend>Person {index + 1}</legend>
          <InputField
            draft={draft}
            path={['persons', index, 'id']}
            label="Reference"
            hint="A records-system reference, never a name."
          />
          <SelectField
            draft={draft}
            path={['persons', index, 'category']}
            label="Category"
            terms={personCategories}
          />
          <InputField
            draft={draft}
            path={['persons', index, 'role']}
            label="Role"
            hint={`A short role such as “shop manager”, up to ${PERSON_ROLE_MAX} characters, no names.`}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              draft.set(['persons', index], undefined);
              draft.save.flush();
            }}
          >
            Remove person {index + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            draft.set(['persons', persons.length], { id: '', role: '' });
          }}
        >
          Add a person
        </button>
      </p>
      <SaveStatus save={draft.save} />
      {reviewHistory}
    </>
  );
}
