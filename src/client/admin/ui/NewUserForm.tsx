import { useState, type SyntheticEvent } from 'react';
import { createUserRequestSchema } from '#domain/organisation';
import { MIN_PASSWORD_LENGTH } from '#domain/session';
import { roles } from '#domain/vocabularies';
import { Field, fieldAria } from '#client/app/form/Field';
import type { AdminTeam } from '#domain/organisation';
import type { OrganisationRepository } from '#client/admin/contract';
import { check, fromFailure, type FormErrors } from './form-errors';
import { FormProblem } from './FormProblem';
import { TeamChoices } from './TeamChoices';

const empty = { username: '', displayName: '', role: 'officer', password: '' };

export function NewUserForm(props: {
  teams: readonly AdminTeam[];
  organisation: OrganisationRepository;
  onCreated: (message: string) => void;
}) {
  const { teams, organisation, onCreated } = props;
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
        onCreated(`Added ${user.displayName} (${user.username}).`);
      },
      (e: unknown) => {
        setBusy(false);
        setErrors(fromFailure(e));
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h3 id="new-user-title">Add a user</h3>
      <FormProblem message={errors.form} />
      <Field id="new-username" label="Username" error={errors.username}>
        <input
          {...fieldAria('new-username', errors.username)}
          value={form.username}
          onChange={set('username')}
          autoComplete="off"
        />
      </Field>
      <Field id="new-name" label="Full name" error={errors.displayName}>
        <input
          {...fieldAria('new-name', errors.displayName)}
          value={form.displayName}
          onChange={set('displayName')}
        />
      </Field>
      <Field id="new-role" label="Role" error={errors.role}>
        <select {...fieldAria('new-role', errors.role)} value={form.role} onChange={set('role')}>
          {roles.map((r) => (
            <option key={r.code} value={r.code}>
              {r.en}
            </option>
          ))}
        </select>
      </Field>
      <TeamChoices
        idPrefix="new"
        teams={teams}
        chosen={teamIds}
        error={errors.teamIds}
        onChange={setTeamIds}
      />
      <Field
        id="new-password"
        label={`Password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        error={errors.password}
      >
        <input
          {...fieldAria('new-password', errors.password)}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
        />
      </Field>
      <button type="submit" className="button primary" disabled={busy}>
        Add user
      </button>
    </form>
  );
}
