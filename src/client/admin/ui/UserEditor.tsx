import { useState, type SyntheticEvent } from 'react';
import { resetPasswordRequestSchema, updateUserRequestSchema } from '#domain/organisation';
import { MIN_PASSWORD_LENGTH } from '#domain/session';
import { roles } from '#domain/vocabularies';
import { Field, fieldAria } from '#client/app/form/Field';
import type { AdminTeam, AdminUser } from '#domain/organisation';
import type { OrganisationRepository } from '#client/admin/contract';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { check, errorTexts, fromFailure, type FormErrors } from './form-errors';
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
  const t = useT();
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
    run(
      () => organisation.updateUser(user.id, checked.data),
      t('admin.users.savedRole', { username: user.username }),
    );
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
      t('admin.users.passwordSet', { username: user.username }),
    );
  }

  const p = `user-${user.id}`;
  const words = errorTexts(t, errors);
  return (
    <section aria-labelledby={`${p}-title`} className="panel">
      <h3 id={`${p}-title`}>
        {t('admin.users.changeHeading', { name: user.displayName, username: user.username })}
      </h3>
      <FormProblem message={words.form} />
      <form onSubmit={save} noValidate>
        <Field id={`${p}-role`} label={t('admin.users.role')} error={words.role}>
          <select
            {...fieldAria(`${p}-role`, words.role)}
            value={role}
            onChange={(e) => {
              setRole(e.target.value);
            }}
          >
            {roles.map((r) => (
              <option key={r.code} value={r.code}>
                {vocabLabel(t, 'role', r.code)}
              </option>
            ))}
          </select>
        </Field>
        <TeamChoices
          idPrefix={p}
          teams={teams}
          chosen={teamIds}
          error={words.teamIds}
          onChange={setTeamIds}
        />
        <button type="submit" disabled={busy}>
          {t('admin.users.saveRole')}
        </button>
      </form>
      <form onSubmit={reset} noValidate>
        <Field
          id={`${p}-password`}
          label={t('admin.users.newPassword', { min: MIN_PASSWORD_LENGTH })}
          error={words.password}
        >
          <input
            {...fieldAria(`${p}-password`, words.password)}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {t('admin.users.setPassword')}
        </button>
      </form>
      <p>{user.disabled ? t('admin.users.cannotSignIn') : t('admin.users.disablingEnds')}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          run(
            () => organisation.updateUser(user.id, { disabled: !user.disabled }),
            user.disabled
              ? t('admin.users.enabled', { username: user.username })
              : t('admin.users.disabled', { username: user.username }),
          );
        }}
      >
        {user.disabled
          ? t('admin.users.enable', { username: user.username })
          : t('admin.users.disable', { username: user.username })}
      </button>
    </section>
  );
}
