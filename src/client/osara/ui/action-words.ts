// How an action's fields read in a "replaced while syncing" notice (ConflictNotices on an action).
import { actionStatuses, partnerAgencyTypes, responseTags } from '#domain/osara/index';
import { labelOf } from '#domain/vocabularies';
import type { FieldWords } from '#client/problems/ui/ConflictNotices';
import { formatDate } from '#client/i18n/format';

const labels: Readonly<Record<string, string>> = {
  description: 'what will be done',
  techniques: 'the techniques',
  lead: 'who leads it',
  dueDate: 'the due date',
  status: 'the status',
  evidenceNotes: 'the evidence notes',
};

function leadText(value: object, nameOf: (userId: string) => string): string {
  const lead = value as { kind?: unknown; userId?: unknown; agencyType?: unknown; name?: unknown };
  if (lead.kind === 'officer' && typeof lead.userId === 'string') return nameOf(lead.userId);
  if (lead.kind === 'partner' && typeof lead.name === 'string')
    return `${lead.name} (${labelOf(partnerAgencyTypes, String(lead.agencyType))})`;
  return JSON.stringify(value);
}

/** `nameOf`: an officer's name by id, for an officer lead. */
export function actionWords(nameOf: (userId: string) => string): FieldWords {
  return {
    noun: 'action',
    label: (field) => labels[field] ?? field,
    value(field, value) {
      if (value === undefined || value === null) return '(none)';
      if (field === 'techniques' && Array.isArray(value))
        return value.map((code) => labelOf(responseTags, String(code))).join(', ');
      if (field === 'lead' && typeof value === 'object') return leadText(value, nameOf);
      if (typeof value !== 'string') return JSON.stringify(value);
      if (value === '') return '(empty)';
      if (field === 'status') return labelOf(actionStatuses, value);
      if (field === 'dueDate') return formatDate(value);
      return value;
    },
  };
}
