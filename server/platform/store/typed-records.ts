// Records read with their collection's type. The stored `data` of a record is the fields a device
// writes plus the fields only the force database sets (a problem's closedAt and erased flag):
// push holds every write to the collection's schema (sync/mutation-checks.ts) and a retention
// erasure keeps the schema's shape (src/domain/retention.ts). Reading through here parses that
// once, where the row leaves the store, so the code that reads a problem's stage or an action's
// techniques works on typed fields instead of casting `Fields`.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { envelopeSchema, type Envelope } from '#domain/envelope';
import {
  collections,
  type CollectionName,
  type FieldsByCollection,
  type RecordByCollection,
} from '#domain/records';
import type { Tables } from '#server/platform/database/tables';
import { childrenOf } from './children';
import { findRecord, type StoredRecord } from './records';

/**
 * A collection's stored fields: those a device writes, and those only the force database sets
 * (absent until it sets them). The envelope is kept as columns, not in `data`.
 */
export type StoredData<C extends CollectionName> = FieldsByCollection[C] &
  Partial<Omit<RecordByCollection[C], keyof Envelope | keyof FieldsByCollection[C]>>;

export interface TypedRecord<C extends CollectionName> extends Omit<StoredRecord, 'collection' | 'data'> {
  collection: C;
  data: StoredData<C>;
}

/** A stored row that no longer fits its collection's schema: a defect, never an officer's input. */
export class UnreadableRecordError extends Error {
  constructor(
    readonly collection: CollectionName,
    readonly id: string,
    readonly problems: string[],
  ) {
    super(`stored ${collection} record ${id} does not fit its schema: ${problems.join('; ')}`);
    this.name = 'UnreadableRecordError';
  }
}

const envelopeKeys: ReadonlySet<string> = new Set(Object.keys(envelopeSchema.shape));

// Built on first use per collection: the writable fields as declared, the server's own optional.
// Refinements across fields (a review's decision fits its kind) held when the record was written.
const storedSchemas = new Map<CollectionName, z.ZodType>();
function storedSchema(collection: CollectionName): z.ZodType {
  let schema = storedSchemas.get(collection);
  if (schema === undefined) {
    const { fields } = collections[collection];
    const record: z.ZodObject<z.ZodRawShape> = collections[collection].record;
    const recordFields = Object.entries(record.shape);
    const serverSet = recordFields.filter(([k]) => !envelopeKeys.has(k) && !(k in fields.shape));
    schema = z.strictObject({
      ...fields.shape,
      ...Object.fromEntries(serverSet.map(([k, field]) => [k, z.optional(field)])),
    });
    storedSchemas.set(collection, schema);
  }
  return schema;
}

/** `data` parsed as `collection`'s stored fields; throws UnreadableRecordError if it does not fit. */
export function parseStored<C extends CollectionName>(
  collection: C,
  id: string,
  data: unknown,
): StoredData<C> {
  const result = storedSchema(collection).safeParse(data);
  if (!result.success)
    throw new UnreadableRecordError(
      collection,
      id,
      result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`),
    );
  // The one place the parsed value meets its declared type: storedSchema is built from the same
  // schema RecordByCollection is inferred from, minus the same keys.
  return result.data as StoredData<C>;
}

/** `record` (read as `collection`) with typed fields. */
export function typed<C extends CollectionName>(collection: C, record: StoredRecord): TypedRecord<C> {
  return { ...record, collection, data: parseStored(collection, record.id, record.data) };
}

export async function findTyped<C extends CollectionName>(
  db: Kysely<Tables>,
  collection: C,
  id: string,
): Promise<TypedRecord<C> | undefined> {
  const record = await findRecord(db, collection, id);
  return record === undefined ? undefined : typed(collection, record);
}

export interface TypedChild<C extends CollectionName> {
  data: StoredData<C>;
  deleted: boolean;
}

/** A problem's actions, reviews or nominations, typed (see children.ts for how they are found). */
export async function childrenTyped<C extends 'actions' | 'reviews' | 'nominations'>(
  db: Kysely<Tables>,
  collection: C,
  problemId: string,
  teamId: string | null,
): Promise<TypedChild<C>[]> {
  const children = await childrenOf(db, collection, problemId, teamId);
  return children.map((c) => ({
    data: parseStored(collection, c.id, c.data),
    deleted: c.deleted,
  }));
}
