// Teams: create one, rename it, and attach it to the area it covers.
import { useCallback, useEffect, useState, type SyntheticEvent } from 'react';
import { createTeamRequestSchema, updateTeamRequestSchema } from '#domain/organisation';
import { Field, fieldAria } from '#client/app/form/Field';
import { ApiError } from '#client/app/contract';
import { type AdminTeam, type Area } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';
import { errorText, useT } from '#client/i18n/index';
import { check, errorTexts, fromFailure, type FormErrors } from './form-errors';
import { FormProblem } from './FormProblem';

function AreaSelect(props: {
  id: string;
  areas: readonly Area[];
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { id, areas, value, error, onChange } = props;
  const t = useT();
  return (
    <Field id={id} label={t('admin.teams.area')} error={error}>
      <select
        {...fieldAria(id, error)}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('admin.teams.noArea')}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {t('admin.teams.areaOption', { name: a.name, kind: t(`admin.areaKind.${a.kind}`) })}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TeamsScreen({ organisation }: { organisation: OrganisationRepository }) {
  const t = useT();
  const [teams, setTeams] = useState<AdminTeam[] | null>(null);
  const [areas, setAreas] = useState<Area[]>([]);
  // The failure's catalogue code, worded when shown; null for one with no code.
  const [error, setError] = useState<{ code: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form, setForm] = useState({ id: '', name: '', areaId: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [editing, setEditing] = useState<{ id: string; name: string; areaId: string } | null>(null);
  const [editErrors, setEditErrors] = useState<FormErrors>({});

  const load = useCallback(() => {
    Promise.all([organisation.teams(), organisation.areas()]).then(
      ([found, a]) => {
        setTeams(found);
        setAreas(a);
      },
      (e: unknown) => {
        setError({ code: e instanceof ApiError ? e.code : null });
      },
    );
  }, [organisation]);
  useEffect(load, [load]);
  const areaName = (id: string | null) =>
    id === null ? t('admin.none') : (areas.find((a) => a.id === id)?.name ?? id);

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
        setNotice(t('admin.teams.added', { name: team.name }));
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
        setNotice(t('admin.teams.saved', { name: team.name }));
        load();
      },
      (e: unknown) => {
        setEditErrors(fromFailure(e));
      },
    );
  }

  const words = errorTexts(t, errors);
  const editWords = errorTexts(t, editErrors);
  const col = {
    name: t('admin.teams.name'),
    id: t('admin.teams.id'),
    area: t('admin.teams.areaColumn'),
    members: t('admin.teams.members'),
  };
  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">{t('admin.nav.teams')}</h2>
      <p role="status">{notice}</p>
      {error !== null && (
        <p role="alert">{error.code === null ? t('admin.teams.loadFailed') : errorText(t, error.code)}</p>
      )}
      {teams === null && error === null && <p>{t('admin.teams.loading')}</p>}
      {teams !== null && (
        <table className="stack-table">
          <caption>{t('admin.teams.count', { count: teams.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{col.name}</th>
              <th scope="col">{col.id}</th>
              <th scope="col">{col.area}</th>
              <th scope="col">{col.members}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.change')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <td data-label={col.name}>{team.name}</td>
                <td data-label={col.id}>{team.id}</td>
                <td data-label={col.area}>{areaName(team.areaId)}</td>
                <td data-label={col.members}>{team.members}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setEditErrors({});
                      setEditing({ id: team.id, name: team.name, areaId: team.areaId ?? '' });
                    }}
                  >
                    {t('admin.change')} <span className="visually-hidden">{team.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing !== null && (
        <form onSubmit={save} noValidate aria-labelledby="edit-team-title">
          <h3 id="edit-team-title">{t('admin.teams.changeHeading', { id: editing.id })}</h3>
          <FormProblem message={editWords.form} />
          <Field id="edit-team-name" label={col.name} error={editWords.name}>
            <input
              {...fieldAria('edit-team-name', editWords.name)}
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
            error={editWords.areaId}
            onChange={(areaId) => {
              setEditing({ ...editing, areaId });
            }}
          />
          <button type="submit">{t('admin.teams.save')}</button>
        </form>
      )}
      <form onSubmit={create} noValidate aria-labelledby="new-team-title">
        <h3 id="new-team-title">{t('admin.teams.addHeading')}</h3>
        <FormProblem message={words.form} />
        <Field id="new-team-id" label={t('admin.teams.newId')} error={words.id}>
          <input
            {...fieldAria('new-team-id', words.id)}
            value={form.id}
            onChange={(e) => {
              setForm({ ...form, id: e.target.value });
            }}
          />
        </Field>
        <Field id="new-team-name" label={col.name} error={words.name}>
          <input
            {...fieldAria('new-team-name', words.name)}
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
          error={words.areaId}
          onChange={(areaId) => {
            setForm({ ...form, areaId });
          }}
        />
        <button type="submit" className="button primary">
          {t('admin.teams.add')}
        </button>
      </form>
    </section>
  );
}
