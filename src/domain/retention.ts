// Retention review and erasure of closed problems (Data Protection Act 2018 Part 3,
// and the College of Policing's Information Management APP on review, retention and disposal).
//
// A closed problem is due for review a set number of years after it closed (RETENTION_YEARS,
// default 6), or on the date set by the last "retain" decision. A supervisor of its team decides:
// retain (with a reason and the next review date) or erase.
//
// Erasure keeps the skeleton that makes the force's numbers add up (team, type, stage, dates,
// counts, codes, staff user ids, the reference) and removes everything that is, or may contain,
// personal content about members of the public. Free text is removed wherever it is, because an
// officer may type a name into any text box however the form asks them not to. Per collection:
//
// problems     title (replaced by "[erased]"), description, locationText; objective.successMeasure;
//              scanning: every CHEERS note, incidentRefs; analysis: offender/victim/place
//              descriptions, whenWhere, dataSources, hypotheses; assessment: processEvaluation,
//              displacementNotes, communityFeedback, costNotes, lessonsLearned, every EMMIE
//              note; governance.persons (the named-person list) entirely.
// actions      description ("[erased]"), evidenceNotes, a partner lead's name ("[erased]").
// reviews      comments ("[erased]" where there were any, since some decisions require them).
// evaluations  notes.
// nominations  reason.
// activities   linked to the problem: notes, placeText, position (where an officer visited a
//              victim identifies them) and photo references.
// published    good-practice copies of it: title ("[erased]"), summary, body.
//
// Kept: ids, team, problem type, status, dates, codes, counts and percentages, staff user ids
// (owner, supervisor, reviewer, officer leads; staff accountability outlives the case), and
// the server's reference. The problem is marked `erased: true`, and the force database refuses
// any later change to it or its child records (record_erased), so a device that still holds an
// old copy cannot write the content back.
import { z } from 'zod';
import type { CollectionName } from './collections';
import { say } from './validation';

export const DEFAULT_RETENTION_YEARS = 6;

/** What replaces a required text field. */
export const ERASED_TEXT = '[erased]';

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy of `data` without `fields`; required text fields get ERASED_TEXT instead. */
function without(data: Data, fields: readonly string[], replace: readonly string[] = []): Data {
  const drop = new Set(fields);
  return Object.fromEntries(
    Object.entries(data)
      .filter(([k]) => !drop.has(k))
      .map(([k, v]) => [k, replace.includes(k) ? ERASED_TEXT : v]),
  );
}

/** Applies `fn` to the object at `data[key]`, if there is one. */
function inside(data: Data, key: string, fn: (section: Data) => Data): Data {
  const section = data[key];
  return isObject(section) ? { ...data, [key]: fn(section) } : data;
}

function eraseCheers(cheers: Data): Data {
  return Object.fromEntries(
    Object.entries(cheers).map(([k, answer]) => [k, isObject(answer) ? without(answer, ['notes']) : answer]),
  );
}

function eraseProblem(data: Data): Data {
  let d = without(data, ['description', 'locationText'], ['title']);
  // description and locationText are required strings: empty, not absent.
  d = { ...d, description: '', locationText: '' };
  d = inside(d, 'objective', (o) => without(o, ['successMeasure']));
  d = inside(d, 'scanning', (s) => inside(without(s, ['incidentRefs']), 'cheers', eraseCheers));
  d = inside(d, 'analysis', (a) => {
    let out = without(a, ['whenWhere', 'dataSources', 'hypotheses']);
    for (const side of ['offender', 'victim', 'place'])
      out = inside(out, side, (x) => without(x, ['description']));
    return out;
  });
  d = inside(d, 'assessment', (a) =>
    without(a, [
      'processEvaluation',
      'displacementNotes',
      'communityFeedback',
      'costNotes',
      'lessonsLearned',
      'emmie',
    ]),
  );
  d = inside(d, 'governance', (g) => without(g, ['persons']));
  return { ...d, erased: true };
}

function eraseAction(data: Data): Data {
  const d = without(data, ['evidenceNotes'], ['description']);
  return inside(d, 'lead', (lead) => (lead.kind === 'partner' ? { ...lead, name: ERASED_TEXT } : lead));
}

function eraseReview(data: Data): Data {
  return typeof data.comments === 'string' && data.comments.length > 0
    ? { ...data, comments: ERASED_TEXT }
    : data;
}

const erasers: Partial<Record<CollectionName, (data: Data) => Data>> = {
  problems: eraseProblem,
  actions: eraseAction,
  reviews: eraseReview,
  evaluations: (d) => without(d, ['notes']),
  nominations: (d) => without(d, ['reason']),
  activities: (d) => without(d, ['notes', 'placeText', 'position', 'photos']),
  published: (d) => ({ ...d, title: ERASED_TEXT, summary: '', body: {} }),
};

/** The collections an erasure rewrites, besides the problem: those whose records name it by `problemId`. */
export const erasedWithProblem: readonly CollectionName[] = [
  'actions',
  'reviews',
  'evaluations',
  'nominations',
  'activities',
  'published',
];

/** A record's fields with the personal content removed (see the table at the top). */
export function eraseRecordData(collection: CollectionName, data: Data): Data {
  const eraser = erasers[collection];
  return eraser === undefined ? data : eraser(data);
}

/** The top-level fields whose value erasure changed, so they get the erasure's change number. */
export function changedFields(before: Data, after: Data): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Whether a problem record (its fields) has been erased. */
export function isErased(data: Data | undefined): boolean {
  return data?.erased === true;
}

// ---- Review dates and decisions ----

/** `closedAt` plus `years`, as a calendar date (YYYY-MM-DD). 29 February rolls to 1 March. */
export function reviewDueDate(closedAt: string, years: number): string {
  const d = new Date(closedAt);
  d.setUTCFullYear(d.getUTCFullYear() + Math.trunc(years));
  const extraMonths = Math.round((years - Math.trunc(years)) * 12);
  if (extraMonths > 0) d.setUTCMonth(d.getUTCMonth() + extraMonths);
  return d.toISOString().slice(0, 10);
}

const isoDate = z.iso.date({ error: say('date') });
const reason = z
  .string({ error: say('reason_type') })
  .trim()
  .min(3, say('reason_missing'))
  .max(1000, say('text_too_long', { field: 'reason', max: 1000 }));

export const retentionDecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('retain'), reason, nextReviewDate: isoDate }),
    z.strictObject({ decision: z.literal('erase'), reason }),
  ],
  { error: say('choose_retain_or_erase') },
);
export type RetentionDecision = z.infer<typeof retentionDecisionSchema>;

export const retentionItemSchema = z.object({
  problemId: z.string(),
  reference: z.string().nullable(),
  title: z.string(),
  teamId: z.string().nullable(),
  closedAt: z.string(),
  /** When the problem is (or was) due for review. */
  reviewDue: z.string(),
  due: z.boolean(),
  lastDecision: z
    .object({
      decision: z.enum(['retain', 'erase']),
      reason: z.string(),
      nextReviewDate: z.string().nullable(),
      decidedAt: z.string(),
      decidedBy: z.string(),
    })
    .nullable(),
});
export type RetentionItem = z.infer<typeof retentionItemSchema>;

export const retentionQueueSchema = z.object({
  items: z.array(retentionItemSchema),
  retentionYears: z.number(),
});
export type RetentionQueue = z.infer<typeof retentionQueueSchema>;

export const retentionQuerySchema = z.strictObject({
  /** `due`: review date reached; `all`: every closed problem not yet erased. */
  show: z.enum(['due', 'all']).default('due'),
});

export const retentionOutcomeSchema = z.object({
  problemId: z.string(),
  decision: z.enum(['retain', 'erase']),
  /** For an erasure: how many records were rewritten, and how many kept conflicts were purged. */
  records: z.int().nonnegative(),
  conflicts: z.int().nonnegative(),
});
export type RetentionOutcome = z.infer<typeof retentionOutcomeSchema>;
