import type { AdminTeam } from '#domain/organisation';
import { useT } from '#client/i18n/index';

/** Team checkboxes in a fieldset, with the fieldset's error (e.g. an unknown team). */
export function TeamChoices(props: {
  idPrefix: string;
  teams: readonly AdminTeam[];
  chosen: readonly string[];
  error: string | undefined;
  onChange: (teamIds: string[]) => void;
}) {
  const { idPrefix, teams, chosen, error, onChange } = props;
  const t = useT();
  const errorId = `${idPrefix}-teams-error`;
  return (
    <fieldset aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{t('admin.nav.teams')}</legend>
      {error !== undefined && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {teams.length === 0 && <p>{t('admin.teams.noneYet')}</p>}
      {teams.map((team) => (
        <label key={team.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(team.id)}
            onChange={(e) => {
              onChange(e.target.checked ? [...chosen, team.id] : chosen.filter((id) => id !== team.id));
            }}
          />{' '}
          {team.name}
        </label>
      ))}
    </fieldset>
  );
}
