import { useState, type SyntheticEvent } from 'react';
import { createUserRequestSchema } from '#domain/organisation';
import { MIN_PASSWORD_LENGTH } from '#domain/session';
import { roles } from '#domain/vocabularies';
import { Field, fieldAria } from '#client/app/form/Field';
import type { AdminTeam } from '#domain/organisation';
import type { OrganisationRepository } from '#client/admin/contract';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { check, errorTexts, fromFailure, type FormErrors } from './form-errors';
import { FormProblem } from './FormProblem';
import { TeamChoices } from './TeamChoices';

const empty = { username: '', displayName: '', role: 'officer', password: '' };

export function NewUserForm(props: {
  teams: readonly AdminTeam[];
  organisation: OrganisationRepository;
  onCreated: (message: string) => void;
}) {
  const { teams, organisation, onCreated } = props;
  const t = useT();
  const [form, setForm] = useState(empty);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => {
    setForm({ ...form, [key]: e.target.value });
  };

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = check(createUserRequestSchema, { ...form, teamIds });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    organisation.createUser(checked.data).then(
      (user) => {
        setBusy(false);
        setForm(empty);
        setTeamIds([]);
        setErrors({});
        onCreated(t('admin.users.added', { name: user.displayName, username: user.username }));
      },
      (e: unknown) => {
        setBusy(false);
        setErrors(fromFailure(e));
      },
    );
  }

  const words = errorTexts(t, errors);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h3 id="new-user-title">{t('admin.users.addHeading')}</h3>
      <FormProblem message={words.form} />
      <Field id="new-username" label={t('admin.users.username')} error={words.username}>
        <input
          {...fieldAria('new-username', words.username)}
          value={form.username}
          onChange={set('username')}
          autoComplete="off"
        />
      </Field>
      <Field id="new-name" label={t('admin.users.fullName')} error={words.displayName}>
        <input
          {...fieldAria('new-name', words.displayName)}
          value={form.displayName}
          onChange={set('displayName')}
        />
      </Field>
      <Field id="new-role" label={t('admin.users.role')} error={words.role}>
        <select {...fieldAria('new-role', words.role)} value={form.role} onChange={set('role')}>
          {roles.map((r) => (
            <option key={r.code} value={r.code}>
              {vocabLabel(t, 'role', r.code)}
            </option>
          ))}
        </select>
      </Field>
      <TeamChoices
        idPrefix="new"
        teams={teams}
        chosen={teamIds}
        error={words.teamIds}
        onChange={setTeamIds}
      />
      <Field
        id="new-password"
        label={t('admin.users.password', { min: MIN_PASSWORD_LENGTH })}
        error={words.password}
      >
        <input
          {...fieldAria('new-password', words.password)}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
        />
      </Field>
      <button type="submit" className="button primary" disabled={busy}>
        {t('admin.users.add')}
      </button>
    </form>
  );
}
