import { useMemo, type ReactNode } from 'react';
import { governanceSchema, personSchema, PERSON_ROLE_MAX } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
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
  const t = useT();
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
        label={t('osara.governance.retentionReviewDate')}
        hint={t('osara.governance.retentionReviewDateHint')}
        kind="date"
      />
      <h3>{t('osara.governance.peopleHeading')}</h3>
      <p className="field-hint">{t('osara.governance.peopleHint')}</p>
      {persons.length === 0 && <p className="empty">{t('osara.governance.noPeople')}</p>}
      {persons.map((_, index) => (
        // Rows have no stable key until a reference is typed; the index is the row's identity.
        <fieldset className="person" key={index}>
          <legend>{t('osara.governance.person', { number: index + 1 })}</legend>
          <InputField
            draft={draft}
            path={['persons', index, 'id']}
            label={t('osara.governance.reference')}
            hint={t('osara.governance.referenceHint')}
          />
          <SelectField
            draft={draft}
            path={['persons', index, 'category']}
            label={t('osara.governance.category')}
            vocab="personCategory"
          />
          <InputField
            draft={draft}
            path={['persons', index, 'role']}
            label={t('osara.governance.role')}
            hint={t('osara.governance.roleHint', { max: PERSON_ROLE_MAX })}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              draft.set(['persons', index], undefined);
              draft.save.flush();
            }}
          >
            {t('osara.governance.removePerson', { number: index + 1 })}
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
          {t('osara.governance.addPerson')}
        </button>
      </p>
      <SaveStatus save={draft.save} />
      {reviewHistory}
    </>
  );
}
