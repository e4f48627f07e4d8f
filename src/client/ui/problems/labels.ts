import { labelOf, problemStatuses, problemTypes } from '#domain/vocabularies';
import type { Problem } from '#domain/records';

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
