import type { Team } from '#domain/session';
import { Select, type Option } from '#client/app/form/controls';

interface TeamFieldProps {
  teams: readonly Team[];
  value: string;
  error: string | undefined;
  onChange: (teamId: string) => void;
}

function teamOptions(teams: readonly Team[], value: string): Option[] {
  const options = teams.map((team) => ({ value: team.id, label: team.name }));
  if (teams.length === 0) options.unshift({ value: '', label: 'You are not in a team' });
  // A problem of a team the officer has left still shows which team owns it.
  if (value !== '' && !teams.some((team) => team.id === value)) options.unshift({ value, label: value });
  return options;
}

/** An officer in one team does not choose: the team is shown, not asked for. */
export function TeamField({ teams, value, error, onChange }: TeamFieldProps) {
  const onlyTeam = teams.length === 1 ? teams[0] : undefined;
  if (onlyTeam?.id === value) {
    return (
      <div className={error === undefined ? 'field' : 'field field--error'}>
        <p className="fixed-value">
          <span className="fixed-value__label">Team</span> {onlyTeam.name}
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
      label="Team"
      value={value}
      error={error}
      onChange={onChange}
      options={teamOptions(teams, value)}
    />
  );
}
