// The audit log as the app and the audit screen see it (Data Protection Act 2018 s.62): the kinds
// of event, which logged actions belong to each, the screen's filters, and the "opened record"
// events devices send with sync.
import { z } from 'zod';
import { collectionNames, collectionNameSchema } from './collections';
import { isoTime, recordId } from './envelope';
import { facetNames } from './search/facets';
import { say } from './validation';

/**
 * s.62's kinds of processing, plus the events around them. Each logged action belongs to one
 * kind, by the patterns below (SQL LIKE patterns: `%` is any text), so the screen's filter and
 * the label beside each row agree. An action no pattern matches is `other`.
 */
export const auditKinds = [
  { code: 'collection', en: 'Collection (record created)' },
  { code: 'alteration', en: 'Alteration (record changed or deleted)' },
  { code: 'consultation', en: 'Consultation (record opened, pulled or searched)' },
  { code: 'disclosure', en: 'Disclosure (export)' },
  { code: 'erasure', en: 'Erasure' },
  { code: 'retention', en: 'Retention decision' },
  { code: 'session', en: 'Sign-in and sign-out' },
  { code: 'rejected', en: 'Refused change' },
  { code: 'organisation', en: 'Organisation (users, teams, areas)' },
  { code: 'other', en: 'Other' },
] as const;
export type AuditKind = (typeof auditKinds)[number]['code'];
const kindCodes = auditKinds.map((k) => k.code) as [AuditKind, ...AuditKind[]];

export const auditKindPatterns: Record<Exclude<AuditKind, 'other'>, readonly string[]> = {
  collection: collectionNames.map((c) => `${c}.create`),
  alteration: collectionNames.flatMap((c) => [`${c}.update`, `${c}.delete`]),
  consultation: ['pull', 'consultation.%', 'search', 'search.%'],
  disclosure: ['export', 'export.%', '%.export'],
  erasure: ['retention.erase'],
  retention: ['retention.retain'],
  session: ['session.%'],
  rejected: ['mutation.rejected'],
  organisation: ['team.%', 'user.%', 'area.%', 'areas.%'],
};

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*');
  return new RegExp(`^${escaped}$`);
}

const matchers = Object.entries(auditKindPatterns).map(
  ([kind, patterns]) => [kind as AuditKind, patterns.map(likeToRegExp)] as const,
);

export function auditKindOf(action: string): AuditKind {
  for (const [kind, patterns] of matchers) if (patterns.some((p) => p.test(action))) return kind;
  return 'other';
}

const isoDate = z.iso.date({ error: say('date') });

/** The audit screen's filters (query string of GET /api/audit and /api/audit.csv). */
export const auditQuerySchema = z
  .strictObject({
    /** Username of the person who acted. */
    user: z.string().trim().max(64).optional(),
    kind: z.enum(kindCodes, { error: say('choose_event_kind') }).optional(),
    recordId: z.string().trim().max(64).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Paging, newest first: rows numbered below this. */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: say('end_before_start'),
    path: ['to'],
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/**
 * What a row is about, for reading it as a sentence: the problem's title (the problem's own, or
 * the problem a child record belongs to), and a review's kind and decision or an activity's type.
 * Absent when the row names no record, or the record is no longer held.
 */
export const auditSubjectSchema = z.object({
  problemTitle: z.string().nullable(),
  kind: z.string().optional(),
  decision: z.string().optional(),
  type: z.string().optional(),
});
export type AuditSubject = z.infer<typeof auditSubjectSchema>;

export const auditRowSchema = z.object({
  seq: z.int().positive(),
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  displayName: z.string().nullable(),
  deviceId: z.string().nullable(),
  action: z.string(),
  kind: z.enum(kindCodes),
  collection: z.string().nullable(),
  recordId: z.string().nullable(),
  details: z.unknown(),
  subject: auditSubjectSchema.optional(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

export const auditPageSchema = z.object({
  rows: z.array(auditRowSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.int().positive().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** At most this many rows go into one CSV export; the screen asks for narrower filters beyond it. */
export const MAX_AUDIT_EXPORT_ROWS = 10_000;

// ---- Consultation events recorded on the device and sent with sync: "opened record X", and
// "searched for …" (search runs on the device over its own copy, so the server never sees it) ----

export const openedEventSchema = z.strictObject({
  /** Made on the device (UUIDv7); a resent event with the same id is logged once. */
  id: z.uuid(),
  collection: collectionNameSchema,
  recordId,
  /** When the officer opened it (device time). */
  at: isoTime,
});
export type OpenedEvent = z.infer<typeof openedEventSchema>;

/** The longest search text kept; longer text is cut on the device. */
export const MAX_SEARCH_TEXT = 200;

/**
 * A search the officer ran: what they asked (the words and the filters) and how many records
 * matched, never which records (the result list would copy personal data into the log).
 */
export const searchEventSchema = z.strictObject({
  id: z.uuid(),
  kind: z.literal('search'),
  /** When the search settled on screen (device time). */
  at: isoTime,
  text: z.string().max(MAX_SEARCH_TEXT),
  filters: z.partialRecord(z.enum(facetNames), z.array(z.string().max(64)).max(50)),
  results: z.int().min(0),
});
export type SearchEvent = z.infer<typeof searchEventSchema>;

export const consultationEventSchema = z.union([openedEventSchema, searchEventSchema]);
export type ConsultationEvent = z.infer<typeof consultationEventSchema>;

export const MAX_CONSULTATIONS = 200;

export const consultationsRequestSchema = z.strictObject({
  deviceId: z.uuid(),
  events: z.array(consultationEventSchema).max(MAX_CONSULTATIONS),
});
export type ConsultationsRequest = z.infer<typeof consultationsRequestSchema>;

export const consultationResultSchema = z.object({
  id: z.string(),
  /** `refused`: an opened record unknown or not this user's to read; the device drops the event. */
  status: z.enum(['recorded', 'duplicate', 'refused']),
});
export type ConsultationResult = z.infer<typeof consultationResultSchema>;

export const consultationsResponseSchema = z.object({ results: z.array(consultationResultSchema) });
export type ConsultationsResponse = z.infer<typeof consultationsResponseSchema>;
