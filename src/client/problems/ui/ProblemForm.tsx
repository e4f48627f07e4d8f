import { useState, type SubmitEvent } from 'react';
import { validateFields, type FieldErrors } from '#domain/records';
import type { Team } from '#domain/session';
import { problemStatuses, problemTypes } from '#domain/vocabularies';
import { StorageFullError, ValidationError } from '#client/app/contract';
import { Select, TextArea, TextInput } from '#client/app/form/controls';
import { useWorkspace } from '#client/app/store';
import { useT, type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { issueTexts } from '#client/i18n/validation';
import {
  fieldsToCheck,
  problemFieldOrder,
  type ProblemFormValues,
  type SaveProblem,
} from './problem-form-values';
import { PeopleSelect } from './PeopleSelect';
import { onlySupervisor, peopleChoices, personError, usePeople } from './use-people';
import { TeamField } from './TeamField';
import { SimilarProblemsPanel } from '#client/search/ui/SimilarProblemsPanel';

function typeOptions(t: TFunction): { value: string; label: string }[] {
  return [
    { value: '', label: t('problems.form.chooseType') },
    ...problemTypes.map((term) => ({ value: term.code, label: vocabLabel(t, 'problemType', term.code) })),
  ];
}
/**
 * A new problem starts in one of the working stages: it cannot be recorded as already Closed
 * (closure is a decision taken on a problem that was worked, signed off by a supervisor).
 */
export function statusOptionsFor(t: TFunction, isNew: boolean): { value: string; label: string }[] {
  return problemStatuses
    .filter((term) => !isNew || term.code !== 'closed')
    .map((term) => ({ value: term.code, label: vocabLabel(t, 'problemStatus', term.code) }));
}

interface ProblemFormProps {
  teams: readonly Team[];
  initial: ProblemFormValues;
  onSave: SaveProblem;
  /** A new problem: the supervisor defaults to the team's only supervisor, once the roster says who. */
  isNew?: boolean;
}

function focusFirstInvalid(errors: FieldErrors): void {
  const first = problemFieldOrder.find((name) => errors[name] !== undefined);
  if (first !== undefined) document.getElementById(`problem-${first}`)?.focus();
}

/** The problem header form, for new and existing problems. Typing is never cleared by an error. */
export function ProblemForm({ teams, initial, onSave, isNew = false }: ProblemFormProps) {
  const workspace = useWorkspace();
  const t = useT();
  const people = usePeople(workspace);
  const [entered, setValues] = useState(initial);
  const [supervisorChosen, setSupervisorChosen] = useState(false);
  // Worked out as the form renders, not stored, so the roster may arrive after the form opens.
  const defaultSupervisor =
    isNew && !supervisorChosen && entered.supervisorId === ''
      ? onlySupervisor(people.members, entered.teamId)
      : null;
  const values: ProblemFormValues =
    defaultSupervisor === null ? entered : { ...entered, supervisorId: defaultSupervisor };
  const choicesFor = (name: 'ownerId' | 'supervisorId') =>
    peopleChoices({
      members: people.members,
      fetched: people.fetched,
      me: workspace.me,
      teamId: values.teamId,
      current: values[name],
      supervisorsOnly: name === 'supervisorId',
      // Only a new problem may leave its supervisor unset on purpose; '' never clears a stored one.
      ...(isNew && name === 'supervisorId' ? { emptyLabel: t('problems.form.notChosen') } : {}),
    });
  const ownerChoices = choicesFor('ownerId');
  const supervisorChoices = choicesFor('supervisorId');
  // The schema's messages by field, worded when shown so a language switch rewords them.
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = issueTexts(t, errors);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  function control(name: keyof ProblemFormValues) {
    return {
      id: `problem-${name}`,
      name,
      value: values[name],
      error: shown[name],
      onChange: (value: string) => {
        if (name === 'supervisorId') setSupervisorChosen(true);
        setValues((previous) => ({ ...previous, [name]: value }));
      },
    };
  }

  function showErrors(found: FieldErrors): void {
    setErrors(found);
    focusFirstInvalid(found);
  }

  async function save(): Promise<void> {
    setSaveError(null);
    const checked = validateFields('problems', fieldsToCheck(values));
    // Someone chosen for one team stays chosen if the team changes: say so beside the field.
    const pickErrors: FieldErrors = {};
    const ownerProblem = personError(values.ownerId, initial.ownerId, ownerChoices, 'owner');
    const supervisorProblem = personError(
      values.supervisorId,
      initial.supervisorId,
      supervisorChoices,
      'supervisor',
    );
    if (ownerProblem !== undefined) pickErrors.ownerId = ownerProblem;
    if (supervisorProblem !== undefined) pickErrors.supervisorId = supervisorProblem;
    if (!checked.ok || Object.keys(pickErrors).length > 0) {
      showErrors({ ...(checked.ok ? {} : checked.errors), ...pickErrors });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (error: unknown) {
      if (error instanceof ValidationError) showErrors(error.fieldErrors);
      // Nothing was written, and the form keeps every field, so pressing Save again is safe.
      else if (error instanceof StorageFullError) setSaveError(t('problems.form.storageFull'));
      else setSaveError(t('problems.form.saveFailed'));
    } finally {
      setSaving(false);
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    void save();
  }

  return (
    <form className="problem-form" onSubmit={handleSubmit} noValidate>
      <TextInput {...control('title')} label={t('problems.fields.title')} />
      <Select {...control('problemType')} label={t('problems.fields.problemType')} options={typeOptions(t)} />
      <TextArea {...control('description')} label={t('problems.fields.description')} />
      <TextInput {...control('locationText')} label={t('problems.fields.locationText')} />
      <Select
        {...control('status')}
        label={t('problems.fields.status')}
        options={statusOptionsFor(t, isNew)}
      />
      <TeamField {...control('teamId')} teams={teams} />
      <PeopleSelect {...control('ownerId')} label={t('problems.fields.ownerId')} choices={ownerChoices} />
      <PeopleSelect
        {...control('supervisorId')}
        label={t('problems.fields.supervisorId')}
        choices={supervisorChoices}
      />
      <SimilarProblemsPanel problem={values} level={2} />
      <button type="submit" disabled={saving}>
        {t('problems.form.save')}
      </button>
      <div role="alert" className="form-error">
        {saveError}
      </div>
    </form>
  );
}
