import { useCallback, useState } from 'react';
import type { Action } from '#domain/osara/index';
import { useWorkspace } from '../app-context';
import { usePeople } from '../problems/use-people';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';
import { actionMessages, draftOf, rawFields, validChanges, type ActionDraft } from './action-draft';
import { ActionFieldsForm } from './ActionFieldsForm';

/** An existing action, saved as it is typed: each valid field goes out, invalid ones wait. */
export function ActionEditor({ action, number }: { action: Action; number: number }) {
  const workspace = useWorkspace();
  const repository = workspace.actions;
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(action));
  const leadOfficer = action.lead.kind === 'officer' ? action.lead.userId : workspace.me.id;
  const raw = rawFields(draft, action.problemId, leadOfficer);
  const save = useAutosave<ActionDraft>(
    useCallback(
      async (value: ActionDraft) => {
        if (repository === undefined) return;
        await repository.update(action.id, validChanges(rawFields(value, action.problemId, leadOfficer)));
      },
      [repository, action.id, action.problemId, leadOfficer],
    ),
  );
  const leadName = usePeople(workspace).nameOf(leadOfficer);
  return (
    <fieldset className="action">
      <legend>Action {number}</legend>
      <ActionFieldsForm
        idPrefix={`action-${action.id}`}
        draft={draft}
        messages={actionMessages(raw)}
        leadOfficerName={leadName}
        onChange={(patch) => {
          const next = { ...draft, ...patch };
          setDraft(next);
          save.schedule(next);
        }}
        onBlur={save.flush}
      />
      <SaveStatus save={save} />
    </fieldset>
  );
}
