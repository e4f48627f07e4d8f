// A labelled picker of people (owner, supervisor, action lead): a plain <select>, so it is a large
// native touch target on a phone, with its error above it and a note below it when the team list
// has not reached this device yet.
import type { PeopleChoices } from './use-people';

interface Props {
  id: string;
  name?: string;
  label: string;
  value: string;
  choices: PeopleChoices;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

export function PeopleSelect({ id, name, label, value, choices, error, onChange, onBlur }: Props) {
  const described = [
    error === undefined ? null : `${id}-error`,
    choices.note === null ? null : `${id}-note`,
  ].filter((x): x is string => x !== null);
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label htmlFor={id}>{label}</label>
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={described.length === 0 ? undefined : described.join(' ')}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onBlur={onBlur}
      >
        {choices.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {choices.note !== null && (
        <p className="hint" id={`${id}-note`}>
          {choices.note}
        </p>
      )}
    </div>
  );
}
