// SQL for a problem's change history (services/problem-history.ts): the child records that belong
// to a problem, and the audit rows of accepted writes to a set of records.
import type { Kysely } from 'kysely';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface ChildRef {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  fieldVersions: Record<string, number>;
}

/**
 * Records of these collections whose `problemId` is this problem. The LIKE narrows the rows in
 * SQL (data is JSON text, written by JSON.stringify, in both dialects); the exact check is here.
 */
export async function childrenOfProblem(
  db: Kysely<Tables>,
  problemId: string,
  collections: readonly string[],
): Promise<ChildRef[]> {
  if (collections.length === 0) return [];
  const rows = await db
    .selectFrom('records')
    .select(['collection', 'id', 'data', 'field_versions'])
    .where('collection', 'in', [...collections])
    .where('data', 'like', `%"problemId":${JSON.stringify(problemId)}%`)
    .execute();
  return rows
    .map((row) => ({
      collection: row.collection,
      id: row.id,
      data: fromJson(row.data, 'records.data') as Record<string, unknown>,
      fieldVersions: fromJson(row.field_versions, 'records.field_versions') as Record<string, number>,
    }))
    .filter((child) => child.data.problemId === problemId);
}

export interface WriteAuditRow {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  collection: string | null;
  recordId: string | null;
  details: unknown;
}

/**
 * Audit rows naming these records, oldest first (ids are UUIDv7). A record is its collection AND
 * its id: ids are chosen by devices, so a record of another collection may carry the same id
 * (issue 13: an action given another team's problem id must not pull that problem's rows in).
 */
export async function auditOfRecords(
  db: Kysely<Tables>,
  records: readonly { collection: string; id: string }[],
): Promise<WriteAuditRow[]> {
  if (records.length === 0) return [];
  const rows = await db
    .selectFrom('audit')
    .select(['id', 'at', 'user_id', 'action', 'collection', 'record_id', 'details'])
    .where(
      'record_id',
      'in',
      records.map((r) => r.id),
    )
    .where((eb) =>
      eb.or(records.map((r) => eb.and([eb('collection', '=', r.collection), eb('record_id', '=', r.id)]))),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    userId: row.user_id,
    action: row.action,
    collection: row.collection,
    recordId: row.record_id,
    details: row.details === null ? null : fromJson(row.details, 'audit.details'),
  }));
}
