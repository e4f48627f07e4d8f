// An action as its form holds it (plain strings, so nothing typed is ever reshaped while typing),
// and the conversion to the action's fields: all of them for a new action, or just the valid ones
// for an autosave of an existing one, with a message for each field that is not valid.
import { actionFieldsSchema, type Action, type ActionFields } from '#domain/osara/index';

export interface ActionDraft {
  description: string;
  techniques: readonly string[];
  leadKind: 'officer' | 'partner';
  /** The officer who leads; '' for the default (me on a new action). */
  leadUserId: string;
  agencyType: string;
  agencyName: string;
  dueDate: string;
  status: string;
  evidenceNotes: string;
}

export function emptyDraft(): ActionDraft {
  return {
    description: '',
    techniques: [],
    leadKind: 'officer',
    leadUserId: '',
    agencyType: '',
    agencyName: '',
    dueDate: '',
    status: 'planned',
    evidenceNotes: '',
  };
}

/** A draft read back from this device, or null when nothing typed is in it (or it is not one). */
export function restoredDraft(stored: unknown): ActionDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const s = stored as Record<string, unknown>;
  const text = (key: keyof ActionDraft, fallback: string): string => {
    const value = s[key];
    return typeof value === 'string' ? value : fallback;
  };
  const empty = emptyDraft();
  const draft: ActionDraft = {
    description: text('description', empty.description),
    techniques: Array.isArray(s.techniques)
      ? s.techniques.filter((t): t is string => typeof t === 'string')
      : empty.techniques,
    leadKind: s.leadKind === 'partner' ? 'partner' : 'officer',
    leadUserId: text('leadUserId', empty.leadUserId),
    agencyType: text('agencyType', empty.agencyType),
    agencyName: text('agencyName', empty.agencyName),
    dueDate: text('dueDate', empty.dueDate),
    status: text('status', empty.status),
    evidenceNotes: text('evidenceNotes', empty.evidenceNotes),
  };
  return isEmptyDraft(draft) ? null : draft;
}

/** True when nothing has been typed or chosen yet. */
export function isEmptyDraft(draft: ActionDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(emptyDraft());
}

export function draftOf(action: Action): ActionDraft {
  return {
    description: action.description,
    techniques: action.techniques,
    leadKind: action.lead.kind,
    leadUserId: action.lead.kind === 'officer' ? action.lead.userId : '',
    agencyType: action.lead.kind === 'partner' ? action.lead.agencyType : '',
    agencyName: action.lead.kind === 'partner' ? action.lead.name : '',
    dueDate: action.dueDate ?? '',
    status: action.status,
    evidenceNotes: action.evidenceNotes ?? '',
  };
}

/** The fields as the schema wants them; `leadOfficer` leads when the draft names no officer. */
export function rawFields(
  draft: ActionDraft,
  problemId: string,
  leadOfficer: string,
): Record<string, unknown> {
  return {
    problemId,
    description: draft.description,
    techniques: draft.techniques,
    lead:
      draft.leadKind === 'officer'
        ? { kind: 'officer', userId: draft.leadUserId === '' ? leadOfficer : draft.leadUserId }
        : {
            kind: 'partner',
            agencyType: draft.agencyType === '' ? undefined : draft.agencyType,
            name: draft.agencyName,
          },
    ...(draft.dueDate === '' ? {} : { dueDate: draft.dueDate }),
    status: draft.status,
    ...(draft.evidenceNotes === '' ? {} : { evidenceNotes: draft.evidenceNotes }),
  };
}

export type ActionMessages = Partial<Record<string, string>>;

export function actionMessages(raw: Record<string, unknown>): ActionMessages {
  const result = actionFieldsSchema.safeParse(raw);
  if (result.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    messages[key] ??= issue.message;
    messages[String(issue.path[0] ?? '_')] ??= issue.message;
  }
  return messages;
}

/** Only the fields that are valid on their own: what an autosave of an existing action sends. */
export function validChanges(raw: Record<string, unknown>): Partial<ActionFields> {
  const shape = actionFieldsSchema.shape;
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === 'problemId' || !(key in raw)) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) changes[key] = parsed.data;
  }
  return changes;
}
