// Users: who they are, their role and teams, and whether they may sign in. An admin adds users,
// changes a role or teams, disables (their sessions end at once) or enables, and sets a new
// password for someone who has forgotten theirs.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '#client/app/contract';
import { type AdminTeam, type AdminUser } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';
import { errorText, useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { NewUserForm } from './NewUserForm';
import { UserEditor } from './UserEditor';

export function UsersScreen({ organisation }: { organisation: OrganisationRepository }) {
  const t = useT();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [teams, setTeams] = useState<AdminTeam[]>([]);
  // The failure's catalogue code, worded when shown; null for one with no code.
  const [error, setError] = useState<{ code: string | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all([organisation.users(), organisation.teams()]).then(
      ([u, found]) => {
        setUsers(u);
        setTeams(found);
        setError(null);
      },
      (e: unknown) => {
        setError({ code: e instanceof ApiError ? e.code : null });
      },
    );
  }, [organisation]);
  useEffect(load, [load]);

  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? id;
  const changed = (message: string) => {
    setNotice(message);
    setEditing(null);
    load();
  };

  const col = {
    name: t('admin.users.name'),
    username: t('admin.users.username'),
    role: t('admin.users.role'),
    teams: t('admin.nav.teams'),
    status: t('admin.users.status'),
  };
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.nav.users')}</h2>
      <p role="status">{notice}</p>
      {error !== null && (
        <p role="alert">{error.code === null ? t('admin.users.loadFailed') : errorText(t, error.code)}</p>
      )}
      {users === null && error === null && <p>{t('admin.users.loading')}</p>}
      {users !== null && (
        <table className="stack-table">
          <caption>{t('admin.users.count', { count: users.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{col.name}</th>
              <th scope="col">{col.username}</th>
              <th scope="col">{col.role}</th>
              <th scope="col">{col.teams}</th>
              <th scope="col">{col.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.change')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label={col.name}>{u.displayName}</td>
                <td data-label={col.username}>{u.username}</td>
                <td data-label={col.role}>{vocabLabel(t, 'role', u.role)}</td>
                <td data-label={col.teams}>
                  {u.teamIds.length === 0 ? t('admin.none') : u.teamIds.map(teamName).join(', ')}
                </td>
                <td data-label={col.status}>
                  {u.disabled ? t('admin.users.statusDisabled') : t('admin.users.statusActive')}
                </td>
                <td>
                  <button
                    type="button"
                    aria-expanded={editing === u.id}
                    onClick={() => {
                      setEditing(editing === u.id ? null : u.id);
                    }}
                  >
                    {t('admin.change')} <span className="visually-hidden">{u.username}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users
        ?.filter((u) => u.id === editing)
        .map((u) => (
          <UserEditor key={u.id} user={u} teams={teams} organisation={organisation} onChanged={changed} />
        ))}
      <NewUserForm teams={teams} organisation={organisation} onCreated={changed} />
    </section>
  );
}
