// Everything that happened to a problem, in date order. From the records on this device: when it
// was opened and closed, each action and each review. With the force database's history (fetched
// when online, kept on the device): every accepted change, with who made it and which fields.
// With this device's own unsent or refused edits, and the patrol activities linked to it.
// In the language in use (the screen re-renders on a language change, so the global `t` is current).
import type { ActionStatusCode, ReviewDecisionCode } from '#domain/osara/index';
import type { Problem } from '#domain/records';
import { t } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatDuration } from '#client/i18n/format';
import type { HistoryEntry } from '#domain/problem-history';
import type { ProblemHistoryView } from '#client/team/contract';
import { problemFieldLabel, problemFieldValue } from '#client/problems/ui/labels';
import { unknownPerson } from '#client/problems/ui/use-people';

export interface TimelineAction {
  readonly id: string;
  readonly problemId: string;
  readonly description: string;
  readonly status: ActionStatusCode;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deleted?: boolean;
}

export interface TimelineReview {
  readonly id: string;
  readonly problemId: string;
  readonly decision: ReviewDecisionCode;
  readonly comments?: string | undefined;
  readonly reviewedAt: string;
  readonly nextReviewDate?: string | undefined;
  readonly reviewer?: string;
  readonly deleted?: boolean;
}

export interface TimelineEvent {
  readonly key: string;
  readonly at: string;
  readonly what: string;
  readonly detail?: string;
  /** Who did it, by name, when known. */
  readonly by?: string;
  /** 'pending' and 'refused' mark this device's edits the force database has not accepted. */
  readonly state?: 'pending' | 'refused';
}

export interface TimelineExtras {
  history?: ProblemHistoryView | undefined;
  nameOf?: (userId: string | null | undefined) => string;
}

const namedCollections = new Set(['problems', 'actions', 'reviews', 'evaluations', 'nominations']);

/** "Problem", "Action", … for a collection; any other collection by its name. */
function thingOf(collection: string): string {
  // A dynamic key: each name in the set has one under problems.timeline.thing in both catalogues.
  return namedCollections.has(collection)
    ? (t as (key: string) => string)(`problems.timeline.thing.${collection}`)
    : collection;
}

const ACTION_FIELDS = new Set(['description', 'techniques', 'lead', 'dueDate', 'status', 'evidenceNotes']);

/** An action's field in words ("the due date"); the same words as a replaced-value notice. */
function actionFieldLabel(field: string): string {
  // A dynamic key: each field in the set has one under problems.conflicts.actionField.
  return ACTION_FIELDS.has(field)
    ? (t as (key: string) => string)(`problems.conflicts.actionField.${field}`)
    : field;
}

const SHORT_FIELDS = new Set([
  'title',
  'problemType',
  'status',
  'locationText',
  'nextReviewDate',
  'openedAt',
  'ownerId',
  'supervisorId',
]);

/**
 * What changed, in words: "Status changed to Response. Objective changed". A short field's new
 * value is named when the force database still holds it (it keeps no earlier values, so the value
 * a field changed from is not known); long fields are named without their text.
 */
function describeChange(
  collection: string,
  fields: readonly string[],
  values: Readonly<Record<string, unknown>>,
  nameOf: (id: string | null | undefined) => string,
): string {
  const shown = fields.filter((f) => f !== 'problemId');
  if (collection === 'actions') return shown.map(actionFieldLabel).join(', ');
  if (collection !== 'problems') return shown.join(', ');
  return shown
    .map((field) => {
      const label = problemFieldLabel(field);
      if (!(field in values) || !SHORT_FIELDS.has(field))
        return t('problems.timeline.event.fieldChanged', { field: label });
      const value = values[field];
      const text =
        (field === 'ownerId' || field === 'supervisorId') && typeof value === 'string'
          ? nameOf(value)
          : problemFieldValue(field, value);
      return t('problems.timeline.event.fieldChangedTo', { field: label, value: text });
    })
    .join('. ');
}

function historyEvent(
  entry: HistoryEntry,
  actions: ReadonlyMap<string, TimelineAction>,
  reviews: ReadonlyMap<string, TimelineReview>,
  nameOf: (id: string | null | undefined) => string,
): TimelineEvent {
  const thing = thingOf(entry.collection);
  const by = nameOf(entry.by);
  const base = { key: `history-${entry.id}`, at: entry.at, by };
  if (entry.collection === 'reviews') {
    const review = reviews.get(entry.recordId);
    return {
      ...base,
      what:
        review === undefined
          ? t('problems.timeline.event.reviewRecorded')
          : t('problems.timeline.event.review', {
              decision: vocabLabel(t, 'reviewDecision', review.decision),
            }),
      ...(review?.comments === undefined ? {} : { detail: review.comments }),
    };
  }
  if (entry.collection === 'actions') {
    const action = actions.get(entry.recordId);
    const description = action?.description;
    if (entry.kind === 'create')
      return {
        ...base,
        what: t('problems.timeline.event.actionAdded'),
        ...(description === undefined ? {} : { detail: description }),
      };
    const status = entry.values.status;
    return {
      ...base,
      what: t('problems.timeline.event.actionUpdated', {
        what:
          typeof status === 'string'
            ? vocabLabel(t, 'actionStatus', status)
            : describeChange('actions', entry.fields, entry.values, nameOf),
      }),
      ...(description === undefined ? {} : { detail: description }),
    };
  }
  if (entry.kind === 'create') return { ...base, what: t('problems.timeline.event.opened', { thing }) };
  if (entry.kind === 'delete') return { ...base, what: t('problems.timeline.event.deleted', { thing }) };
  return {
    ...base,
    what: t('problems.timeline.event.changed', { thing }),
    detail: describeChange(entry.collection, entry.fields, entry.values, nameOf),
  };
}

export function timelineEvents(
  problem: Problem,
  actions: readonly TimelineAction[],
  reviews: readonly TimelineReview[],
  extras: TimelineExtras = {},
): TimelineEvent[] {
  const nameOf = extras.nameOf ?? unknownPerson;
  const history = extras.history;
  const entries = history?.entries ?? null;
  const ownActions = actions.filter((a) => a.problemId === problem.id && a.deleted !== true);
  const ownReviews = reviews.filter((r) => r.problemId === problem.id && r.deleted !== true);
  const events: TimelineEvent[] = [];
  // Records the fetched history already covers are told from it; the rest from the device.
  const covered = new Set(entries?.map((e) => e.recordId) ?? []);

  if (entries !== null) {
    const actionsById = new Map(ownActions.map((a) => [a.id, a]));
    const reviewsById = new Map(ownReviews.map((r) => [r.id, r]));
    for (const entry of entries) events.push(historyEvent(entry, actionsById, reviewsById, nameOf));
  }
  if (!covered.has(problem.id)) {
    events.push({
      key: 'created',
      at: problem.createdAt,
      what: t('problems.timeline.event.problemOpened'),
      by: nameOf(problem.createdBy),
    });
    if (problem.updatedAt !== problem.createdAt) {
      events.push({
        key: 'updated',
        at: problem.updatedAt,
        what: t('problems.timeline.event.recordChanged'),
        by: nameOf(problem.updatedBy),
      });
    }
    if (problem.objective?.statedAt !== undefined) {
      events.push({
        key: 'objective',
        at: problem.objective.statedAt,
        what: t('problems.timeline.event.objectiveSet'),
      });
    }
    if (problem.assessment?.updatedAt !== undefined) {
      events.push({
        key: 'assessment',
        at: problem.assessment.updatedAt,
        what: t('problems.timeline.event.assessmentChanged'),
      });
    }
  }
  if (problem.closedAt !== undefined && problem.closedAt !== null) {
    events.push({ key: 'closed', at: problem.closedAt, what: t('problems.timeline.event.problemClosed') });
  }
  for (const action of ownActions) {
    if (covered.has(action.id)) continue;
    events.push({
      key: `action-${action.id}`,
      at: action.createdAt,
      what: t('problems.timeline.event.actionAdded'),
      detail: action.description,
    });
    if (action.updatedAt !== action.createdAt) {
      events.push({
        key: `action-${action.id}-updated`,
        at: action.updatedAt,
        what: t('problems.timeline.event.actionUpdated', {
          what: vocabLabel(t, 'actionStatus', action.status),
        }),
        detail: action.description,
      });
    }
  }
  for (const review of ownReviews) {
    if (covered.has(review.id)) continue;
    events.push({
      key: `review-${review.id}`,
      at: review.reviewedAt,
      what: t('problems.timeline.event.review', {
        decision: vocabLabel(t, 'reviewDecision', review.decision),
      }),
      ...(review.reviewer === undefined ? {} : { by: nameOf(review.reviewer) }),
      ...(review.comments === undefined ? {} : { detail: review.comments }),
    });
  }
  for (const change of history?.local ?? []) {
    const thing = thingOf(change.collection);
    const what = describeChange(change.collection, change.fields, change.values, nameOf);
    events.push({
      key: `local-${change.mutationId}`,
      at: change.at,
      what:
        change.state === 'pending'
          ? t('problems.timeline.event.pending', { thing })
          : t('problems.timeline.event.refused', { thing }),
      detail: change.message === undefined ? what : `${what}. ${change.message}`,
      state: change.state,
    });
  }
  for (const activity of history?.activities ?? []) {
    const duration = formatDuration(activity.durationMinutes);
    const when =
      activity.placeText === undefined || activity.placeText === ''
        ? duration
        : t('problems.timeline.event.activityAt', { duration, place: activity.placeText });
    const notes = activity.notes === undefined || activity.notes === '' ? '' : `\n${activity.notes}`;
    events.push({
      key: `activity-${activity.id}`,
      at: activity.startedAt,
      what: t('problems.timeline.event.activity', { type: vocabLabel(t, 'activityType', activity.type) }),
      detail: `${when}${notes}`,
      by: nameOf(activity.createdBy),
    });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.key.localeCompare(b.key));
}
