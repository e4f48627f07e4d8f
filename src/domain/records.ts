// Synced records: the envelope every record carries, and each collection's own fields.
import { z } from 'zod';
import type { CollectionName } from './collections';
import { envelopeSchema, isoTime } from './envelope';
import {
  codeList,
  isoDate,
  osaraCollections,
  osaraSectionsSchema,
  partnerAgencyTypes,
  type Action,
  type ActionFields,
  type Review,
  type ReviewFields,
} from './osara/index';
import { codesOf, problemStatuses, problemTypes } from './vocabularies';
import {
  evaluationFieldsSchema,
  evaluationSchema,
  type Evaluation,
  type EvaluationFields,
} from './good-practice/evaluations';
import {
  nominationFieldsSchema,
  nominationSchema,
  type Nomination,
  type NominationFields,
} from './good-practice/nominations';
import {
  publishedFieldsSchema,
  publishedSchema,
  type Published,
  type PublishedFields,
} from './good-practice/published';
import {
  activityFieldsSchema,
  activitySchema,
  type Activity,
  type ActivityFields,
} from './patrol/activities';
import { hotspotFieldsSchema, hotspotSchema, type Hotspot, type HotspotFields } from './patrol/hotspots';
import { say } from './validation';

// The envelope lives in envelope.ts (so osara/* can use it without a cycle); re-exported here
// because every existing caller imports it from records.
export { envelopeSchema, isoTime, recordId, type Envelope } from './envelope';

/** A user id on a problem (owner, supervisor). */
const userRef = (what: 'choose_owner' | 'choose_supervisor') =>
  z
    .string({ error: say(what) })
    .trim()
    .min(1, say(what))
    .max(64);

/** Fields an officer writes on a problem (the walking-skeleton header). */
export const problemFieldsSchema = z.strictObject({
  teamId: z
    .string({ error: say('choose_team') })
    .min(1, say('choose_team'))
    .max(64),
  title: z
    .string({ error: say('enter_title') })
    .trim()
    .min(1, say('enter_title'))
    .max(200, say('text_too_long', { field: 'title', max: 200 })),
  problemType: z.enum(codesOf(problemTypes), { error: say('choose_problem_type') }),
  description: z
    .string({ error: say('text_type', { field: 'description' }) })
    .max(20000, say('description_too_long')),
  locationText: z
    .string({ error: say('text_type', { field: 'location' }) })
    .max(500, say('text_too_long', { field: 'location', max: 500 })),
  status: z.enum(codesOf(problemStatuses), { error: say('choose_status') }),
  // The rest of the header (DOMAIN.md). Optional, so a problem can be opened with the short form.
  ownerId: userRef('choose_owner').optional(),
  supervisorId: userRef('choose_supervisor').optional(),
  partnerAgencies: codeList(codesOf(partnerAgencyTypes), 'partner_agency').optional(),
  /** The day the problem was opened (the app sets it on creation). */
  openedAt: isoDate.optional(),
  nextReviewDate: isoDate.optional(),
  // The OSARA sections, one field each, so an edit to one section never touches another.
  ...osaraSectionsSchema.shape,
});
export type ProblemFields = z.infer<typeof problemFieldsSchema>;

/** Fields only the force database sets. A mutation that changes one is rejected. */
export const problemServerFieldsSchema = z.object({
  reference: z.string().nullable(),
  /** Stamped by the force database (its clock) when a push moves the problem to closed; null once reopened. */
  closedAt: isoTime.nullable().optional(),
  /** Set by a retention erasure: the personal content is gone (src/domain/retention.ts). */
  erased: z.boolean().optional(),
});

export const problemSchema = envelopeSchema
  .extend(problemFieldsSchema.shape)
  .extend(problemServerFieldsSchema.shape);
export type Problem = z.infer<typeof problemSchema>;

/**
 * Every synced collection: the schema of the fields a client may write (or, for the collections
 * only the force database writes, that it writes), and of the whole record.
 */
export const collections = {
  problems: { fields: problemFieldsSchema, record: problemSchema },
  ...osaraCollections,
  evaluations: { fields: evaluationFieldsSchema, record: evaluationSchema },
  nominations: { fields: nominationFieldsSchema, record: nominationSchema },
  published: { fields: publishedFieldsSchema, record: publishedSchema },
  activities: { fields: activityFieldsSchema, record: activitySchema },
  hotspots: { fields: hotspotFieldsSchema, record: hotspotSchema },
} as const;

// The names live in collections.ts, so the sync path can use them without these schemas.
export { collectionNameSchema, collectionNames, type CollectionName } from './collections';

/**
 * Fails to compile when collections.ts and `collections` above disagree: a collection added to
 * one but not the other would otherwise sync under a name the other side does not know.
 */
export type CollectionNamesMatch = Assert<SameKeys<keyof typeof collections, CollectionName>>;
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export interface RecordByCollection {
  problems: Problem;
  actions: Action;
  reviews: Review;
  evaluations: Evaluation;
  nominations: Nomination;
  published: Published;
  activities: Activity;
  hotspots: Hotspot;
}
export interface FieldsByCollection {
  problems: ProblemFields;
  actions: ActionFields;
  reviews: ReviewFields;
  evaluations: EvaluationFields;
  nominations: NominationFields;
  published: PublishedFields;
  activities: ActivityFields;
  hotspots: HotspotFields;
}

export type FieldErrors = Partial<Record<string, string>>;

/** Check a complete set of fields; returns officer-readable messages keyed by field. */
export function validateFields<C extends CollectionName>(
  collection: C,
  fields: unknown,
): { ok: true; value: FieldsByCollection[C] } | { ok: false; errors: FieldErrors } {
  const result = collections[collection].fields.safeParse(fields);
  if (result.success) return { ok: true, value: result.data as FieldsByCollection[C] };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
