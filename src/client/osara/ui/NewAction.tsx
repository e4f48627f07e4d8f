import { useEffect, useState } from 'react';
import { actionFieldsSchema } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import {
  actionMessages,
  emptyDraft,
  isEmptyDraft,
  rawFields,
  restoredDraft,
  type ActionDraft,
} from './action-draft';
import { useT } from '#client/i18n/index';
import { issueTexts } from '#client/i18n/validation';
import { ActionFieldsForm } from './ActionFieldsForm';
import { peopleChoices, personError, usePeople } from '#client/problems/ui/use-people';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './local-drafts';

/**
 * A new action: added once it has what every action needs (description, technique, lead). Until
 * then what is typed is kept on this device (local-drafts.ts), so a reload does not lose it.
 */
export function NewAction({
  problemId,
  teamId,
  onAdded,
  folded,
}: {
  problemId: string;
  teamId: string;
  /** With actions already listed the form starts folded behind one button, to keep the section short. */
  folded: boolean;
  /** Told the new action's id once it is stored, so the section can open it. */
  onAdded: (actionId: string) => void;
}) {
  const t = useT();
  const workspace = useWorkspace();
  const userId = workspace.me.id;
  const [draft, setDraft] = useState<ActionDraft>(
    () => restoredDraft(readLocalDraft(userId, problemId, 'new-action')) ?? emptyDraft(),
  );
  const [tried, setTried] = useState(false);
  const [unfolded, setUnfolded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const raw = rawFields(draft, problemId, workspace.me.id);
  const people = usePeople(workspace);
  // The lead defaults to me ('' in the draft), so a new action needs no choice to be added.
  const leadValue = draft.leadUserId === '' ? workspace.me.id : draft.leadUserId;
  const leadChoices = peopleChoices({
    members: people.members,
    fetched: people.fetched,
    me: workspace.me,
    teamId,
    current: leadValue,
  });
  const leadError =
    draft.leadKind === 'officer' ? personError(leadValue, workspace.me.id, leadChoices, 'lead') : undefined;
  const repository = workspace.actions;
  useEffect(() => {
    // Written at once on each change (a small JSON string), so well within a second.
    if (isEmptyDraft(draft)) clearLocalDraft(userId, problemId, 'new-action');
    else writeLocalDraft(userId, problemId, 'new-action', draft);
  }, [draft, userId, problemId]);
  function add(): void {
    setTried(true);
    const parsed = actionFieldsSchema.safeParse(raw);
    if (!parsed.success || leadError !== undefined) return;
    setSaving(true);
    setFailure(null);
    repository.create(parsed.data).then(
      (action) => {
        // The action is a record now: its draft is done with.
        clearLocalDraft(userId, problemId, 'new-action');
        setDraft(emptyDraft());
        setTried(false);
        setSaving(false);
        setUnfolded(false);
        onAdded(action.id);
      },
      (error: unknown) => {
        console.warn('The action could not be saved on this device.', error);
        setFailure(t('osara.action.addFailed'));
        setSaving(false);
      },
    );
  }

  // A draft kept from before a reload is shown open, so nothing typed is hidden.
  if (folded && !unfolded && isEmptyDraft(draft))
    return (
      <fieldset className="action action--new">
        <legend>{t('osara.action.newLegend')}</legend>
        <button
          type="button"
          className="action__summary"
          aria-expanded={false}
          onClick={() => {
            setUnfolded(true);
          }}
        >
          {t('osara.action.addAnother')}
        </button>
      </fieldset>
    );
  return (
    <fieldset className="action action--new">
      <legend>{t('osara.action.newLegend')}</legend>
      <ActionFieldsForm
        idPrefix="action-new"
        draft={draft}
        messages={tried ? { 'lead.userId': leadError, ...issueTexts(t, actionMessages(raw)) } : {}}
        lead={{ value: leadValue, choices: leadChoices }}
        onChange={(patch) => {
          setDraft({ ...draft, ...patch });
        }}
        onBlur={() => undefined}
      />
      <button type="button" onClick={add} disabled={saving}>
        {t('osara.action.add')}
      </button>
      <p className="form-error" role="alert">
        {failure ?? ''}
      </p>
    </fieldset>
  );
}
