// The one line a folded action shows: what will be done, its status, when it is due and how many
// techniques it uses, so an officer can find the action to open without opening each one.
import { type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatDate } from '#client/i18n/format';
import type { ActionDraft } from './action-draft';

const MAX_WHAT = 60;

export function actionSummary(t: TFunction, draft: ActionDraft): string {
  const firstLine = draft.description.trim().split('\n')[0] ?? '';
  const what =
    firstLine === ''
      ? t('osara.action.noDescription')
      : firstLine.length > MAX_WHAT
        ? `${firstLine.slice(0, MAX_WHAT - 1).trimEnd()}…`
        : firstLine;
  return [
    what,
    vocabLabel(t, 'actionStatus', draft.status),
    draft.dueDate === '' ? undefined : t('osara.action.due', { date: formatDate(draft.dueDate) }),
    t('osara.action.techniques', { count: draft.techniques.length }),
  ]
    .filter((part): part is string => part !== undefined)
    .join(t('format.list.separator'));
}
