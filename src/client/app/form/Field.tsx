import type { ReactNode } from 'react';

export interface FieldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props that tie an input to its label and to its error message. */
export function fieldAria(id: string, error: string | undefined): FieldAria {
  return {
    id,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': error === undefined ? undefined : `${id}-error`,
  };
}

interface FieldProps {
  id: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
}

/** A label, the field's error message (if any) and the control, in that reading order. */
export function Field({ id, label, error, children }: FieldProps) {
  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label htmlFor={id}>{label}</label>
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
