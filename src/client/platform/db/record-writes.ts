// Planning a local create or edit of any collection for the one write path (write.ts): validate
// the fields, diff them against the base, and build the record and its mutation.
import { uuidv7 } from '#domain/ids';
import { diffFields } from '#domain/merge';
import {
  collections,
  validateFields,
  type CollectionName,
  type FieldsByCollection,
  type RecordByCollection,
} from '#domain/records';
import type { Mutation } from '#domain/sync';
import { ValidationError } from '#client/app/contract';
import type { PlannedWrite } from './planned-write';

export function checkedFields<C extends CollectionName>(
  collection: C,
  fields: unknown,
): FieldsByCollection[C] {
  const result = validateFields(collection, fields);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function fieldsOf(collection: CollectionName, record: object): Record<string, unknown> {
  const values: Record<string, unknown> = record as Record<string, unknown>;
  return Object.fromEntries(Object.keys(collections[collection].fields.shape).map((k) => [k, values[k]]));
}

/** A new record with every field in its creating mutation. */
export function planCreate<C extends CollectionName>(
  collection: C,
  fields: FieldsByCollection[C],
  by: string,
  at: string,
): PlannedWrite<RecordByCollection[C]> {
  const id = uuidv7();
  const envelope = {
    id,
    version: null,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    deleted: false,
  };
  const record = { ...envelope, ...fields } as unknown as RecordByCollection[C];
  const mutation: Mutation = {
    id: uuidv7(),
    collection,
    recordId: id,
    op: 'put',
    changes: diffFields({}, fields),
    baseVersion: null,
    at,
  };
  return { record, mutation };
}

/**
 * An edit of the given fields, or null when nothing changes, for every collection (problems too):
 * the fields fill in from the view; the diff is against `base` (which differs from the view
 * only while a refused change is held, and then only the given fields go out again).
 */
export function planEdit<C extends CollectionName, R extends RecordByCollection[C]>(
  collection: C,
  current: R,
  base: R,
  input: object,
  by: string,
  at: string,
): PlannedWrite<R> | null {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const after = checkedFields(collection, { ...fieldsOf(collection, current), ...defined }) as Record<
    string,
    unknown
  >;
  const before = fieldsOf(collection, base);
  const target =
    base === current
      ? after
      : { ...before, ...Object.fromEntries(Object.keys(defined).map((k) => [k, after[k]])) };
  const changes = diffFields(before, target);
  if (Object.keys(changes).length === 0) return null;
  return {
    record: { ...current, ...after, updatedAt: at, updatedBy: by },
    mutation: {
      id: uuidv7(),
      collection,
      recordId: current.id,
      op: 'put',
      changes,
      baseVersion: base.version,
      at,
    },
  };
}
