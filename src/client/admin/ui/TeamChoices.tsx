import type { AdminTeam } from '#domain/organisation';

/** Team checkboxes in a fieldset, with the fieldset's error (e.g. an unknown team). */
export function TeamChoices(props: {
  idPrefix: string;
  teams: readonly AdminTeam[];
  chosen: readonly string[];
  error: string | undefined;
  onChange: (teamIds: string[]) => void;
}) {
  const { idPrefix, teams, chosen, error, onChange } = props;
  const errorId = `${idPrefix}-teams-error`;
  return (
    <fieldset aria-describedby={error === undefined ? undefined : errorId}>
      <legend>Teams</legend>
      {error !== undefined && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {teams.length === 0 && <p>No teams yet.</p>}
      {teams.map((t) => (
        <label key={t.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(t.id)}
            onChange={(e) => {
              onChange(e.target.checked ? [...chosen, t.id] : chosen.filter((id) => id !== t.id));
            }}
          />{' '}
          {t.name}
        </label>
      ))}
    </fieldset>
  );
}
