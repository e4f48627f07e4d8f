// Errors next to the field they are about: the domain schema's issues when the form is checked
// before sending, and the force database's stable codes (e.g. duplicate_user) afterwards. Kept as
// codes and worded when shown (`errorTexts`), so they read in the language in use at that moment.
import type { z } from 'zod';
import { ApiError } from '#client/app/contract';
import { errorText, type TFunction } from '#client/i18n/index';
import { issueText } from '#client/i18n/validation';

/** What is wrong with one field: a schema issue's message, an API error code, or a failure we cannot name. */
export type FieldProblem = { issue: string } | { code: string } | { unknown: true };
export type FormErrors = Record<string, FieldProblem>;

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
    errors[key] ??= { issue: issue.message };
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
  if (!(error instanceof ApiError)) return { form: { unknown: true } };
  const field = fieldOfCode[error.code];
  return { [field ?? 'form']: { code: error.code } };
}

/** The form's errors in words, by field. */
export function errorTexts(t: TFunction, errors: FormErrors): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [field, problem] of Object.entries(errors)) {
    out[field] =
      'issue' in problem
        ? issueText(t, problem.issue)
        : 'code' in problem
          ? errorText(t, problem.code)
          : t('admin.tryAgain');
  }
  return out;
}
