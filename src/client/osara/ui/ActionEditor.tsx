import { useCallback, useMemo, useState } from 'react';
import type { Action } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { peopleChoices, personError, usePeople } from '#client/problems/ui/use-people';
import { useT } from '#client/i18n/index';
import { issueTexts } from '#client/i18n/validation';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';
import { actionMessages, draftOf, rawFields, validChanges, type ActionDraft } from './action-draft';
import { ActionFieldsForm } from './ActionFieldsForm';
import { actionSummary } from './action-summary';
import { ConflictNotices } from '#client/problems/ui/ConflictNotices';
import { actionWords } from './action-words';

interface Props {
  action: Action;
  number: number;
  teamId: string;
  /** Folded to its one-line summary unless open; the Response section opens one at a time. */
  open: boolean;
  onToggle: () => void;
}

/** An existing action, saved as it is typed: each valid field goes out, invalid ones wait. */
export function ActionEditor({ action, number, teamId, open, onToggle }: Props) {
  const t = useT();
  const workspace = useWorkspace();
  const repository = workspace.actions;
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(action));
  // The lead on record; a partner-led action switched to an officer starts with me.
  const storedLead = action.lead.kind === 'officer' ? action.lead.userId : workspace.me.id;
  const raw = rawFields(draft, action.problemId, storedLead);
  const people = usePeople(workspace);
  const leadValue = draft.leadUserId === '' ? storedLead : draft.leadUserId;
  const leadChoices = peopleChoices({
    members: people.members,
    fetched: people.fetched,
    me: workspace.me,
    teamId,
    current: leadValue,
  });
  const leadError =
    draft.leadKind === 'officer' ? personError(leadValue, storedLead, leadChoices, 'lead') : undefined;
  const save = useAutosave<ActionDraft>(
    useCallback(
      async (value: ActionDraft) => {
        const changes = validChanges(rawFields(value, action.problemId, storedLead));
        // A lead who may not be chosen on this team waits, like any other invalid field.
        const lead = changes.lead;
        if (lead?.kind === 'officer' && lead.userId !== storedLead && !leadChoices.pickable.has(lead.userId))
          delete changes.lead;
        await repository.update(action.id, changes);
      },
      [repository, action.id, action.problemId, storedLead, leadChoices],
    ),
  );
  const words = useMemo(() => actionWords(people.nameOf), [people.nameOf]);
  // A restored value is an ordinary saved edit; the open form takes it in, keeping other typing.
  const onRestored = useCallback(
    (field: string, value: unknown) => {
      const before = draftOf(action);
      const after = draftOf({ ...action, [field]: value });
      setDraft((current) => {
        const next = { ...current };
        for (const key of Object.keys(after) as (keyof ActionDraft)[])
          if (after[key] !== before[key]) Object.assign(next, { [key]: after[key] });
        return next;
      });
    },
    [action],
  );
  const bodyId = `action-${action.id}-body`;
  return (
    <fieldset className={open ? 'action action--open' : 'action'}>
      <legend>{t('osara.action.legend', { number })}</legend>
      <button
        type="button"
        className="action__summary"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          // Whatever waits to be saved goes out before the form folds away.
          save.flush();
          onToggle();
        }}
      >
        <span>{actionSummary(t, draft)}</span>
        <span className="action__toggle" aria-hidden="true">
          {open ? '▲' : '▼'}
        </span>
      </button>
      <div id={bodyId} hidden={!open}>
        {open && (
          <>
            <ActionFieldsForm
              idPrefix={`action-${action.id}`}
              draft={draft}
              messages={{ 'lead.userId': leadError, ...issueTexts(t, actionMessages(raw)) }}
              lead={{ value: leadValue, choices: leadChoices }}
              onChange={(patch) => {
                const next = { ...draft, ...patch };
                setDraft(next);
                save.schedule(next);
              }}
              onBlur={save.flush}
            />
          </>
        )}
      </div>
      {/* Outside the fold, like the save status: a replaced value is said even when folded. */}
      <ConflictNotices
        conflicts={workspace.conflicts}
        recordId={action.id}
        words={words}
        heading={t('problems.conflicts.actionHeading', { number })}
        level={3}
        onRestored={onRestored}
      />
      {/* Outside the fold: a save that failed is said even when the action is folded. */}
      <SaveStatus save={save} />
    </fieldset>
  );
}
