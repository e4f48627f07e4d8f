// A problem's reference, codes and saved field values in words, in the language in use. Called
// while a screen renders (screens re-render on a language change), so the global `t` is current.
import type { Problem } from '#domain/records';
import { t } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatDate, formatDateTime as formatDateTimeInForce } from '#client/i18n/format';

export function referenceText(problem: Problem): string {
  return problem.reference ?? t('problems.notYetSynced');
}

export function problemTypeLabel(code: string): string {
  return vocabLabel(t, 'problemType', code);
}

export function problemStatusLabel(code: string): string {
  return vocabLabel(t, 'problemStatus', code);
}

/** "5 Dec 2026, 14:05" on the force's clock, in the language in use (i18n/format.ts). */
export const formatDateTime = formatDateTimeInForce;

const labelledFields = new Set([
  'title',
  'problemType',
  'description',
  'locationText',
  'status',
  'teamId',
  'ownerId',
  'supervisorId',
  'partnerAgencies',
  'openedAt',
  'nextReviewDate',
  'objective',
  'scanning',
  'analysis',
  'assessment',
  'governance',
]);

/** The form label of a problem field, for showing saved changes. */
export function problemFieldLabel(field: string): string {
  if (!labelledFields.has(field)) return field;
  // A dynamic key: every field in the set has one under problems.fields in both catalogues.
  return (t as (key: string) => string)(`problems.fields.${field}`);
}

/** A saved value as the officer chose it: vocabulary codes become their labels. */
export function problemFieldValue(field: string, value: unknown): string {
  if (typeof value !== 'string')
    return value === undefined ? t('problems.value.none') : JSON.stringify(value);
  if (value === '') return t('problems.value.empty');
  if (field === 'problemType') return problemTypeLabel(value);
  if (field === 'status') return problemStatusLabel(value);
  // Dates for people in the one format the app uses (i18n/format.ts), not as stored.
  if ((field === 'nextReviewDate' || field === 'openedAt') && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(value);
  return value;
}
