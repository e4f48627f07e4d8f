// Step 1 and step 2 of the push protocol as pure functions: the payload fingerprint that tells
// a retry from a reused id, and the checks on the fields a mutation changes.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ErrorCode } from '#domain/errors';
import { collections, type CollectionName, type FieldErrors } from '#domain/records';
import type { Mutation } from '#domain/sync';

export interface Rejection {
  code: ErrorCode;
  message?: string;
  details?: unknown;
}

/** JSON with object keys sorted at every depth, so equal payloads hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The device time `at` is left out: a retry is the same edit even if it was re-stamped. */
export function payloadHash(m: Mutation): string {
  const { collection, recordId, op, changes, baseVersion } = m;
  return createHash('sha256')
    .update(canonicalJson({ collection, recordId, op, changes, baseVersion }))
    .digest('hex');
}

const serverOnly = new Map<CollectionName, ReadonlySet<string>>();

/** Fields only the server sets: the envelope and server fields, i.e. the record minus the writable fields. */
export function serverOnlyFields(collection: CollectionName): ReadonlySet<string> {
  let fields = serverOnly.get(collection);
  if (fields === undefined) {
    const writable = new Set(Object.keys(collections[collection].fields.shape));
    fields = new Set(Object.keys(collections[collection].record.shape).filter((f) => !writable.has(f)));
    serverOnly.set(collection, fields);
  }
  return fields;
}

function fieldErrors(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code: string;
    keys?: readonly string[];
  }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) errors[key] ??= 'This detail is not part of the record.';
      continue;
    }
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

// Built once per collection: a zod schema compiles itself on first use, and building it per
// mutation made that compilation a large part of each push (issue 16 profile).
const partials = new Map<CollectionName, z.ZodType>();
function partialFields(collection: CollectionName): z.ZodType {
  let schema = partials.get(collection);
  if (schema === undefined) {
    schema = z.strictObject(collections[collection].fields.shape).partial();
    partials.set(collection, schema);
  }
  return schema;
}

/** The changed fields must be writable fields of the collection, each with a valid value. */
export function checkChanges(collection: CollectionName, changes: Record<string, unknown>): Rejection | null {
  const readOnly = Object.keys(changes).filter((f) => serverOnlyFields(collection).has(f));
  if (readOnly.length > 0) {
    return {
      code: 'read_only_field',
      details: Object.fromEntries(readOnly.map((f) => [f, 'Set by the force database.'])),
    };
  }
  // Cross-field refinements (e.g. a review's decision must fit its kind) need the whole record,
  // and zod refuses `.partial()` on a refined object: a partial edit is checked field by field
  // here, and the refinements run on the merged record in checkWholeRecord.
  const result = partialFields(collection).safeParse(changes);
  return result.success ? null : { code: 'invalid_record', details: fieldErrors(result.error.issues) };
}

/** After merging, the whole record must be valid, or a partial edit could leave it broken. */
export function checkWholeRecord(
  collection: CollectionName,
  data: Record<string, unknown>,
): Rejection | null {
  // Fields the force database sets itself (a problem's closedAt) sit in the stored data too.
  const serverSet = serverOnlyFields(collection);
  const written = Object.fromEntries(Object.entries(data).filter(([f]) => !serverSet.has(f)));
  const result = collections[collection].fields.safeParse(written);
  return result.success ? null : { code: 'invalid_record', details: fieldErrors(result.error.issues) };
}
