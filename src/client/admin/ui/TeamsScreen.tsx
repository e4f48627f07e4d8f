// Teams: create one, rename it, and attach it to the area it covers.
import { useCallback, useEffect, useState, type SyntheticEvent } from 'react';
import { createTeamRequestSchema, updateTeamRequestSchema } from '#domain/organisation';
import { Field, fieldAria } from '#client/app/form/Field';
import { ApiError } from '#client/app/contract';
import { type AdminTeam, type Area } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';
import { check, fromFailure, type FormErrors } from './form-errors';
import { FormProblem } from './FormProblem';

function AreaSelect(props: {
  id: string;
  areas: readonly Area[];
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { id, areas, value, error, onChange } = props;
  return (
    <Field id={id} label="Area covered" error={error}>
      <select
        {...fieldAria(id, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">No area</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.kind})
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TeamsScreen({ organisation }: { organisation: OrganisationRepository }) {
  const [teams, setTeams] = useState<AdminTeam[] | null>(null);
  const [areas, setAreas] = useState<Area[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form, setForm] = useState({ id: '', name: '', areaId: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [editing, setEditing] = useState<{ id: string; name: string; areaId: string } | null>(null);
  const [editErrors, setEditErrors] = useState<FormErrors>({});

  const load = useCallback(() => {
    Promise.all([organisation.teams(), organisation.areas()]).then(
      ([t, a]) => {
        setTeams(t);
        setAreas(a);
      },
      (e: unknown) => {
        setError(e instanceof ApiError ? e.message : 'The teams could not be loaded.');
      },
    );
  }, [organisation]);
  useEffect(load, [load]);
  const areaName = (id: string | null) =>
    id === null ? 'None' : (areas.find((a) => a.id === id)?.name ?? id);

  function create(event: SyntheticEvent) {
    event.preventDefault();
    const checked = check(createTeamRequestSchema, {
      ...form,
      areaId: form.areaId === '' ? null : form.areaId,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    organisation.createTeam(checked.data).then(
      (team) => {
        setForm({ id: '', name: '', areaId: '' });
        setErrors({});
        setNotice(`Added team ${team.name}.`);
        load();
      },
      (e: unknown) => {
        setErrors(fromFailure(e));
      },
    );
  }

  function save(event: SyntheticEvent) {
    event.preventDefault();
    if (editing === null) return;
    const checked = check(updateTeamRequestSchema, {
      name: editing.name,
      areaId: editing.areaId === '' ? null : editing.areaId,
    });
    if (!checked.ok) {
      setEditErrors(checked.errors);
      return;
    }
    organisation.updateTeam(editing.id, checked.data).then(
      (team) => {
        setEditing(null);
        setEditErrors({});
        setNotice(`Saved team ${team.name}.`);
        load();
      },
      (e: unknown) => {
        setEditErrors(fromFailure(e));
      },
    );
  }

  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <p role="status">{notice}</p>
      {error !== null && <p role="alert">{error}</p>}
      {teams === null && error === null && <p>Loading teams…</p>}
      {teams !== null && (
        <table className="stack-table">
          <caption>{teams.length} teams</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Id</th>
              <th scope="col">Area</th>
              <th scope="col">Members</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.id}>
                <td data-label="Name">{t.name}</td>
                <td data-label="Id">{t.id}</td>
                <td data-label="Area">{areaName(t.areaId)}</td>
                <td data-label="Members">{t.members}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setEditErrors({});
                      setEditing({ id: t.id, name: t.name, areaId: t.areaId ?? '' });
                    }}
                  >
                    Change <span className="visually-hidden">{t.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing !== null && (
        <form onSubmit={save} noValidate aria-labelledby="edit-team-title">
          <h3 id="edit-team-title">Change team {editing.id}</h3>
          <FormProblem message={editErrors.form} />
          <Field id="edit-team-name" label="Name" error={editErrors.name}>
            <input
              {...fieldAria('edit-team-name', editErrors.name)}
              value={editing.name}
              onChange={(e) => {
                setEditing({ ...editing, name: e.target.value });
              }}
            />
          </Field>
          <AreaSelect
            id="edit-team-area"
            areas={areas}
            value={editing.areaId}
            error={editErrors.areaId}
            onChange={(areaId) => {
              setEditing({ ...editing, areaId });
            }}
          />
          <button type="submit">Save team</button>
        </form>
      )}
      <form onSubmit={create} noValidate aria-labelledby="new-team-title">
        <h3 id="new-team-title">Add a team</h3>
        <FormProblem message={errors.form} />
        <Field id="new-team-id" label="Team id (lower-case letters, digits, - or _)" error={errors.id}>
          <input
            {...fieldAria('new-team-id', errors.id)}
            value={form.id}
            onChange={(e) => {
              setForm({ ...form, id: e.target.value });
            }}
          />
        </Field>
        <Field id="new-team-name" label="Name" error={errors.name}>
          <input
            {...fieldAria('new-team-name', errors.name)}
            value={form.name}
            onChange={(e) => {
              setForm({ ...form, name: e.target.value });
            }}
          />
        </Field>
        <AreaSelect
          id="new-team-area"
          areas={areas}
          value={form.areaId}
          error={errors.areaId}
          onChange={(areaId) => {
            setForm({ ...form, areaId });
          }}
        />
        <button type="submit" className="button primary">
          Add team
        </button>
      </form>
    </section>
  );
}
