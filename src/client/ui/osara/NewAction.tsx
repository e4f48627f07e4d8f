import { useState } from 'react';
import { actionFieldsSchema } from '#domain/osara/index';
import { useWorkspace } from '../app-context';
import { actionMessages, emptyDraft, rawFields, type ActionDraft } from './action-draft';
import { ActionFieldsForm } from './ActionFieldsForm';

/** A new action: added once it has what every action needs (description, technique, lead). */
export function NewAction({ problemId }: { problemId: string }) {
  const workspace = useWorkspace();
  const [draft, setDraft] = useState<ActionDraft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const raw = rawFields(draft, problemId, workspace.me.id);
  const repository = workspace.actions;
  if (repository === undefined) return null;

  function add(): void {
    if (repository === undefined) return;
    setTried(true);
    const parsed = actionFieldsSchema.safeParse(raw);
    if (!parsed.success) return;
    setSaving(true);
    setFailure(null);
    repository.create(parsed.data).then(
      () => {
        setDraft(emptyDraft());
        setTried(false);
        setSaving(false);
      },
      (error: unknown) => {
        console.warn('The action could not be saved on this device.', error);
        setFailure('The action could not be saved on this device. What you typed is still here; try again.');
        setSaving(false);
      },
    );
  }

  return (
    <fieldset className="action action--new">
      <legend>New action</legend>
      <ActionFieldsForm
        idPrefix="action-new"
        draft={draft}
        messages={tried ? actionMessages(raw) : {}}
        leadOfficerName={`${workspace.me.displayName} (you)`}
        onChange={(patch) => {
          setDraft({ ...draft, ...patch });
        }}
        onBlur={() => undefined}
      />
      <button type="button" onClick={add} disabled={saving}>
        Add action
      </button>
      <p className="form-error" role="alert">
        {failure ?? ''}
      </p>
    </fieldset>
  );
}
