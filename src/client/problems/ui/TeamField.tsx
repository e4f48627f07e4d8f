import type { Team } from '#domain/session';
import { Select, type Option } from '#client/app/form/controls';
import { useT, type TFunction } from '#client/i18n/index';

interface TeamFieldProps {
  teams: readonly Team[];
  value: string;
  error: string | undefined;
  onChange: (teamId: string) => void;
}

function teamOptions(t: TFunction, teams: readonly Team[], value: string): Option[] {
  const options = teams.map((team) => ({ value: team.id, label: team.name }));
  if (teams.length === 0) options.unshift({ value: '', label: t('problems.form.noTeam') });
  // A problem of a team the officer has left still shows which team owns it.
  if (value !== '' && !teams.some((team) => team.id === value)) options.unshift({ value, label: value });
  return options;
}

/** An officer in one team does not choose: the team is shown, not asked for. */
export function TeamField({ teams, value, error, onChange }: TeamFieldProps) {
  const t = useT();
  const onlyTeam = teams.length === 1 ? teams[0] : undefined;
  if (onlyTeam?.id === value) {
    return (
      <div className={error === undefined ? 'field' : 'field field--error'}>
        <p className="fixed-value">
          <span className="fixed-value__label">{t('problems.fields.teamId')}</span> {onlyTeam.name}
        </p>
        {error !== undefined && (
          <p className="field-error" id="problem-teamId-error">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <Select
      id="problem-teamId"
      name="teamId"
      label={t('problems.fields.teamId')}
      value={value}
      error={error}
      onChange={onChange}
      options={teamOptions(t, teams, value)}
    />
  );
}
