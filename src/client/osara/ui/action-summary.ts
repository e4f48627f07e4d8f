// The one line a folded action shows: what will be done, its status, when it is due and how many
// techniques it uses, so an officer can find the action to open without opening each one.
import { actionStatuses } from '#domain/osara/index';
import { labelOf } from '#domain/vocabularies';
import type { ActionDraft } from './action-draft';

const MAX_WHAT = 60;
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** A YYYY-MM-DD date as people read it ("5 Dec 2026"); anything else as it is. */
export function dayText(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(parsed.getTime()) ? day.format(parsed) : date;
}

export function actionSummary(draft: ActionDraft): string {
  const firstLine = draft.description.trim().split('\n')[0] ?? '';
  const what =
    firstLine === ''
      ? 'No description yet'
      : firstLine.length > MAX_WHAT
        ? `${firstLine.slice(0, MAX_WHAT - 1).trimEnd()}…`
        : firstLine;
  const count = draft.techniques.length;
  return [
    what,
    labelOf(actionStatuses, draft.status),
    draft.dueDate === '' ? undefined : `due ${dayText(draft.dueDate)}`,
    count === 1 ? '1 technique' : `${String(count)} techniques`,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}
