// How an action's fields read in a "replaced while syncing" notice (ConflictNotices on an action),
// in the language in use (the notice re-renders on a language change, so the global `t` is current).
import type { FieldWords } from '#client/problems/ui/ConflictNotices';
import { t } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';
import { formatDate } from '#client/i18n/format';

const labelled = new Set(['description', 'techniques', 'lead', 'dueDate', 'status', 'evidenceNotes']);

function leadText(value: object, nameOf: (userId: string) => string): string {
  const lead = value as { kind?: unknown; userId?: unknown; agencyType?: unknown; name?: unknown };
  if (lead.kind === 'officer' && typeof lead.userId === 'string') return nameOf(lead.userId);
  if (lead.kind === 'partner' && typeof lead.name === 'string')
    return t('problems.conflicts.partnerLead', {
      name: lead.name,
      agency: vocabLabel(t, 'partnerAgencyType', String(lead.agencyType)),
    });
  return JSON.stringify(value);
}

/** `nameOf`: an officer's name by id, for an officer lead. */
export function actionWords(nameOf: (userId: string) => string): FieldWords {
  return {
    noun: 'action',
    // A dynamic key: each field in the set has one under problems.conflicts.actionField.
    label: (field) =>
      labelled.has(field) ? (t as (key: string) => string)(`problems.conflicts.actionField.${field}`) : field,
    value(field, value) {
      if (value === undefined || value === null) return t('problems.value.none');
      if (field === 'techniques' && Array.isArray(value))
        return value.map((code) => responseTagLabel(t, String(code))).join(', ');
      if (field === 'lead' && typeof value === 'object') return leadText(value, nameOf);
      if (typeof value !== 'string') return JSON.stringify(value);
      if (value === '') return t('problems.value.empty');
      if (field === 'status') return vocabLabel(t, 'actionStatus', value);
      if (field === 'dueDate') return formatDate(value);
      return value;
    },
  };
}
