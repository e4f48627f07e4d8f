import { useState, type SyntheticEvent } from 'react';
import { resetPasswordRequestSchema, updateUserRequestSchema } from '#domain/organisation';
import { MIN_PASSWORD_LENGTH } from '#domain/session';
import { roles } from '#domain/vocabularies';
import { Field, fieldAria } from '#client/app/form/Field';
import type { AdminTeam, AdminUser } from '#domain/organisation';
import type { OrganisationRepository } from '#client/admin/contract';
import { check, fromFailure, type FormErrors } from './form-errors';
import { FormProblem } from './FormProblem';
import { TeamChoices } from './TeamChoices';

/** One user's role and teams, disable/enable, and a new password. */
export function UserEditor(props: {
  user: AdminUser;
  teams: readonly AdminTeam[];
  organisation: OrganisationRepository;
  onChanged: (message: string) => void;
}) {
  const { user, teams, organisation, onChanged } = props;
  const [role, setRole] = useState<string>(user.role);
  const [teamIds, setTeamIds] = useState<string[]>(user.teamIds);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);

  function run(work: () => Promise<unknown>, message: string) {
    setBusy(true);
    work().then(
      () => {
        setBusy(false);
        onChanged(message);
      },
      (e: unknown) => {
        setBusy(false);
        setErrors(fromFailure(e));
      },
    );
  }

  function save(event: SyntheticEvent) {
    event.preventDefault();
    const checked = check(updateUserRequestSchema, { role, teamIds });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    run(() => organisation.updateUser(user.id, checked.data), `Saved ${user.username}'s role and teams.`);
  }

  function reset(event: SyntheticEvent) {
    event.preventDefault();
    const checked = check(resetPasswordRequestSchema, { password });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    run(
      () => organisation.resetPassword(user.id, checked.data.password),
      `Set a new password for ${user.username}; their sessions have ended.`,
    );
  }

  const p = `user-${user.id}`;
  return (
    <section aria-labelledby={`${p}-title`} className="panel">
      <h3 id={`${p}-title`}>
        Change {user.displayName} ({user.username})
      </h3>
      <FormProblem message={errors.form} />
      <form onSubmit={save} noValidate>
        <Field id={`${p}-role`} label="Role" error={errors.role}>
          <select
            {...fieldAria(`${p}-role`, errors.role)}
            value={role}
            onChange={(e) => {
              setRole(e.target.value);
            }}
          >
            {roles.map((r) => (
              <option key={r.code} value={r.code}>
                {r.en}
              </option>
            ))}
          </select>
        </Field>
        <TeamChoices
          idPrefix={p}
          teams={teams}
          chosen={teamIds}
          error={errors.teamIds}
          onChange={setTeamIds}
        />
        <button type="submit" disabled={busy}>
          Save role and teams
        </button>
      </form>
      <form onSubmit={reset} noValidate>
        <Field
          id={`${p}-password`}
          label={`New password (at least ${MIN_PASSWORD_LENGTH} characters)`}
          error={errors.password}
        >
          <input
            {...fieldAria(`${p}-password`, errors.password)}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
        </Field>
        <button type="submit" disabled={busy}>
          Set new password
        </button>
      </form>
      <p>
        {user.disabled ? 'This user cannot sign in.' : 'Disabling ends every session of this user at once.'}
      </p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          run(
            () => organisation.updateUser(user.id, { disabled: !user.disabled }),
            user.disabled
              ? `Enabled ${user.username}.`
              : `Disabled ${user.username}; their sessions have ended.`,
          );
        }}
      >
        {user.disabled ? 'Enable' : 'Disable'} {user.username}
      </button>
    </section>
  );
}
