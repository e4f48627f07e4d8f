// Labelled form controls: every control has a <label>, and its error sits between the label and
// the control, tied to it by aria-describedby and marked with aria-invalid.
import { Field, fieldAria } from './Field';

interface ControlProps {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function TextInput({ id, name, label, value, error, onChange }: ControlProps) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        {...fieldAria(id, error)}
        name={name}
        type="text"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </Field>
  );
}

export function TextArea({ id, name, label, value, error, onChange }: ControlProps) {
  return (
    <Field id={id} label={label} error={error}>
      <textarea
        {...fieldAria(id, error)}
        name={name}
        rows={6}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  id,
  name,
  label,
  value,
  error,
  onChange,
  options,
}: ControlProps & { options: Option[] }) {
  return (
    <Field id={id} label={label} error={error}>
      <select
        {...fieldAria(id, error)}
        name={name}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
