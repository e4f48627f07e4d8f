import { useMemo, type ReactNode } from 'react';
import { governanceSchema, personCategories, personSchema, PERSON_ROLE_MAX } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { InputField, SelectField } from './fields';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './local-drafts';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft, type LocalKeep } from './use-section-draft';

/** A kept row, with only the three fields a person row has, each as text. */
function keptRow(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const row: Record<string, string> = {};
  for (const key of ['id', 'category', 'role']) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'string') row[key] = field;
  }
  return row;
}

/**
 * The section saves complete person rows only; a half-filled row is kept on this device until it
 * is complete (or removed), and comes back after a reload, after the saved rows.
 */
function keepPartialRows(userId: string, problemId: string): LocalKeep {
  return {
    restore(stored) {
      const kept = readLocalDraft(userId, problemId, 'governance-persons');
      const rows = Array.isArray(kept) ? kept.map(keptRow).filter((r) => r !== null) : [];
      if (rows.length === 0) return stored;
      const base = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
      const saved: unknown[] = Array.isArray(base.persons) ? base.persons : [];
      return { ...base, persons: [...saved, ...rows] };
    },
    keep(draft) {
      const persons =
        typeof draft === 'object' && draft !== null ? (draft as { persons?: unknown }).persons : [];
      const partial = Array.isArray(persons) ? persons.filter((p) => !personSchema.safeParse(p).success) : [];
      if (partial.length === 0) clearLocalDraft(userId, problemId, 'governance-persons');
      else writeLocalDraft(userId, problemId, 'governance-persons', partial);
    },
  };
}

export function GovernanceSection({
  problem,
  reviewHistory,
}: {
  problem: OsaraRecord;
  reviewHistory?: ReactNode;
}) {
  const { me } = useWorkspace();
  const local = useMemo(() => keepPartialRows(me.id, problem.id), [me.id, problem.id]);
  const draft = useSectionDraft(problem, 'governance', governanceSchema, undefined, local);
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
