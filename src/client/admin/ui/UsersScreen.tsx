// Users: who they are, their role and teams, and whether they may sign in. An admin adds users,
// changes a role or teams, disables (their sessions end at once) or enables, and sets a new
// password for someone who has forgotten theirs.
import { useCallback, useEffect, useState } from 'react';
import { labelOf, roles } from '#domain/vocabularies';
import { ApiError } from '#client/app/contract';
import { type AdminTeam, type AdminUser } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';
import { NewUserForm } from './NewUserForm';
import { UserEditor } from './UserEditor';

export function UsersScreen({ organisation }: { organisation: OrganisationRepository }) {
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [teams, setTeams] = useState<AdminTeam[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all([organisation.users(), organisation.teams()]).then(
      ([u, t]) => {
        setUsers(u);
        setTeams(t);
        setError(null);
      },
      (e: unknown) => {
        setError(e instanceof ApiError ? e.message : 'The users could not be loaded.');
      },
    );
  }, [organisation]);
  useEffect(load, [load]);

  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const changed = (message: string) => {
    setNotice(message);
    setEditing(null);
    load();
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <p role="status">{notice}</p>
      {error !== null && <p role="alert">{error}</p>}
      {users === null && error === null && <p>Loading users…</p>}
      {users !== null && (
        <table className="stack-table">
          <caption>{users.length} users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Role</th>
              <th scope="col">Teams</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label="Name">{u.displayName}</td>
                <td data-label="Username">{u.username}</td>
                <td data-label="Role">{labelOf(roles, u.role)}</td>
                <td data-label="Teams">
                  {u.teamIds.length === 0 ? 'None' : u.teamIds.map(teamName).join(', ')}
                </td>
                <td data-label="Status">{u.disabled ? 'Disabled' : 'Active'}</td>
                <td>
                  <button
                    type="button"
                    aria-expanded={editing === u.id}
                    onClick={() => {
                      setEditing(editing === u.id ? null : u.id);
                    }}
                  >
                    Change <span className="visually-hidden">{u.username}</span>
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
