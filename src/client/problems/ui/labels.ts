import { labelOf, problemStatuses, problemTypes } from '#domain/vocabularies';
import type { Problem } from '#domain/records';
import { formatDate } from '#client/i18n/format';

export const NOT_YET_SYNCED = 'Not yet synced';

export function referenceText(problem: Problem): string {
  return problem.reference ?? NOT_YET_SYNCED;
}

export function problemTypeLabel(code: string): string {
  return labelOf(problemTypes, code);
}

export function problemStatusLabel(code: string): string {
  return labelOf(problemStatuses, code);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const fieldLabels: Partial<Record<string, string>> = {
  title: 'Title',
  problemType: 'Problem type',
  description: 'Description',
  locationText: 'Location',
  status: 'Status',
  teamId: 'Team',
  ownerId: 'Owner',
  supervisorId: 'Supervisor',
  partnerAgencies: 'Partner agencies',
  openedAt: 'Opened date',
  nextReviewDate: 'Next review date',
  objective: 'Objective',
  scanning: 'Scanning',
  analysis: 'Analysis',
  assessment: 'Assessment',
  governance: 'Governance',
};

/** The form label of a problem field, for showing saved changes. */
export function problemFieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}

/** A saved value as the officer chose it: vocabulary codes become their labels. */
export function problemFieldValue(field: string, value: unknown): string {
  if (typeof value !== 'string') return value === undefined ? '(none)' : JSON.stringify(value);
  if (value === '') return '(empty)';
  if (field === 'problemType') return problemTypeLabel(value);
  if (field === 'status') return problemStatusLabel(value);
  // Dates for people in the one format the app uses (i18n/format.ts), not as stored.
  if ((field === 'nextReviewDate' || field === 'openedAt') && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(value);
  return value;
}
