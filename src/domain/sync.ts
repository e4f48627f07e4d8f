// The sync protocol's payloads (ARCHITECTURE.md, "Sync protocol"). Parsed on both sides.
import { z } from 'zod';
import { errorCodes } from './errors';
import { CONFLICTS_COLLECTION } from './conflicts';
import { collectionNameSchema } from './collections';
import { isoTime, recordId } from './envelope';

export const mutationSchema = z.strictObject({
  id: z.uuid(),
  collection: collectionNameSchema,
  recordId,
  op: z.enum(['put', 'delete']),
  /** Only the fields this edit changed. Empty for a delete. */
  changes: z.record(z.string().max(64), z.unknown()),
  /** The record version the edit was made from; null when the record was created on the device. */
  baseVersion: z.int().nonnegative().nullable(),
  /** Device time of the edit. */
  at: isoTime,
});
export type Mutation = z.infer<typeof mutationSchema>;

export const MAX_PUSH_MUTATIONS = 200;

export const pushRequestSchema = z.strictObject({
  deviceId: z.uuid(),
  mutations: z.array(mutationSchema).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationStatuses = ['applied', 'merged', 'rejected'] as const;
export type MutationStatus = (typeof mutationStatuses)[number];

export const conflictSchema = z.object({
  field: z.string(),
  /** The value this mutation replaced (someone else's later-arriving-first edit). */
  replacedValue: z.unknown(),
  replacedBy: z.string(),
  replacedAt: isoTime,
  /** The value this mutation wrote. */
  value: z.unknown(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const mutationResultSchema = z.object({
  mutationId: z.string(),
  status: z.enum(mutationStatuses),
  version: z.int().positive().optional(),
  conflicts: z.array(conflictSchema).optional(),
  error: z
    .object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    })
    .optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Rows per pull page at most; pages are sized by bytes first (PULL_PAGE_BYTES). */
export const MAX_PULL_LIMIT = 5000;
/**
 * What the app asks for: the byte budget ends most pages first (about 2,300 activities or 1,000
 * problems), and the server reads a page's rows in steps sized by that budget (store/feed.ts).
 */
export const DEFAULT_PULL_LIMIT = 4000;
/**
 * What the app asks for on a pull's first request: a small first page reaches the device sooner,
 * which starts writing it while the server builds the next, full-sized one.
 */
export const FIRST_PULL_LIMIT = 500;
/**
 * A pull page ends once its records' JSON reaches about this size (uncompressed), so a page of
 * small activities and a page of long problems cost the device about the same to write. At 1 MB,
 * a 110,000-record download took 94 pages and 0.5 s longer: each page costs the server a request
 * and an audit row, and the device a transaction and a render of the progress.
 */
export const PULL_PAGE_BYTES = 2_000_000;

export const pullQuerySchema = z.strictObject({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
  /** The pulling device, so the audit row of this consultation names it (s.62). */
  deviceId: z.uuid().optional(),
  /**
   * `1` on the first request of a pull: when the page is not the last, the answer carries
   * `estimatedTotal`, so the device can say how far a long download has got.
   */
  estimate: z.literal('1').optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** What the change feed carries: the collections devices write, and the server-written conflicts. */
export const pulledCollectionSchema = z.union([collectionNameSchema, z.literal(CONFLICTS_COLLECTION)]);
export type PulledCollection = z.infer<typeof pulledCollectionSchema>;

type PulledRecord = Record<string, unknown> & { id: string; version: number; deleted: boolean };

/**
 * A pulled record's envelope, checked without copying the record: the app parses every record
 * again with its collection's schema before storing it (db/pull-page.ts), and a whole force is
 * 110,000 records, so a loose object (which rebuilds each record key by key) was one full copy
 * of the download for nothing. Accepts what `z.looseObject({ id: recordId, version: positive
 * int, deleted: boolean })` accepts, and returns the record itself.
 */
const pulledRecordSchema = z.custom<PulledRecord>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, version, deleted } = value as Record<string, unknown>;
  return (
    recordId.safeParse(id).success &&
    typeof version === 'number' &&
    Number.isSafeInteger(version) &&
    version > 0 &&
    typeof deleted === 'boolean'
  );
}, 'a record with an id, a version and a deleted flag');

export const pulledChangeSchema = z.object({
  collection: pulledCollectionSchema,
  /**
   * The whole record as the server holds it, envelope included; for a `leftScope` change only
   * `{ id, version, deleted: true }`.
   */
  record: pulledRecordSchema,
  /**
   * The record has moved out of this reader's reach (its problem went to another team, issue 13):
   * the device drops it and the conflicts kept on it. It is not a deletion: the record lives on
   * where its team now is. App versions that predate this field read it as a tombstone stub,
   * which they cannot parse and so leave alone.
   */
  leftScope: z.literal(true).optional(),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(pulledChangeSchema),
  cursor: z.int().nonnegative(),
  hasMore: z.boolean(),
  /**
   * About how many changes the feed holds for this reader after the requested cursor, this page's
   * included: sent when the request asked (`estimate=1`) and more pages follow.
   */
  estimatedTotal: z.int().nonnegative().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
