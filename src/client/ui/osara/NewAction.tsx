import { useEffect, useState } from 'react';
import { actionFieldsSchema } from '#domain/osara/index';
import { useWorkspace } from '../app-context';
import {
  actionMessages,
  emptyDraft,
  isEmptyDraft,
  rawFields,
  restoredDraft,
  type ActionDraft,
} from './action-draft';
import { ActionFieldsForm } from './ActionFieldsForm';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './local-drafts';

/**
 * A new action: added once it has what every action needs (description, technique, lead). Until
 * then what is typed is kept on this device (local-drafts.ts), so a reload does not lose it.
 */
export function NewAction({ problemId }: { problemId: string }) {
  const workspace = useWorkspace();
  const userId = workspace.me.id;
  const [draft, setDraft] = useState<ActionDraft>(
    () => restoredDraft(readLocalDraft(userId, problemId, 'new-action')) ?? emptyDraft(),
  );
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const raw = rawFields(draft, problemId, workspace.me.id);
  const repository = workspace.actions;
  useEffect(() => {
    // Written at once on each change (a small JSON string), so well within a second.
    if (isEmptyDraft(draft)) clearLocalDraft(userId, problemId, 'new-action');
    else writeLocalDraft(userId, problemId, 'new-action', draft);
  }, [draft, userId, problemId]);
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
        // The action is a record now: its draft is done with.
        clearLocalDraft(userId, problemId, 'new-action');
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
