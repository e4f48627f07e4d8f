// Errors next to the field they are about: the domain schema's issues when the form is checked
// before sending, and the force database's stable codes (e.g. duplicate_user) afterwards.
import type { z } from 'zod';
import { ApiError } from '#client/app/contract';

export type FormErrors = Record<string, string>;

/** The form's value parsed with the request schema, or the first problem with each field. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FormErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

const fieldOfCode: Record<string, string> = {
  duplicate_user: 'username',
  weak_password: 'password',
  unknown_team: 'teamIds',
  unknown_role: 'role',
  duplicate_team: 'id',
  unknown_area: 'areaId',
};

/** A failed request as form errors: on the field the code is about, or on the form. */
export function fromFailure(error: unknown): FormErrors {
  if (!(error instanceof ApiError)) return { form: 'That did not work. Try again.' };
  const field = fieldOfCode[error.code];
  return { [field ?? 'form']: error.message };
}
