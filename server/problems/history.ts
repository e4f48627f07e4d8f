// A problem's change history ("every change in date order"): each accepted write to the
// problem and to its child records, as the audit log recorded it (push.ts writes one row per
// write, naming the fields and the change number). The force database keeps only a record's
// latest values, so a field's value is given where this write's value is still the one held.
import type { Kysely } from 'kysely';
import { collectionNames, type CollectionName } from '#domain/collections';
import type { HistoryEntry, ProblemHistory } from '#domain/problem-history';
import { ApiError } from '#server/platform/errors';
import { auditOfRecords, childrenOfProblem } from './store/history';
import { findRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import { listUsers } from '#server/platform/store/users';
import { writeAudit } from '#server/platform/store/audit-log';
import { canReadRecord, type Actor } from '#server/sync/access';
import { childCollections } from './osara-rules';

const KINDS = new Set(['create', 'update', 'delete']);

function isCollection(name: string | null): name is CollectionName {
  return name !== null && (collectionNames as readonly string[]).includes(name);
}

function detailsOf(details: unknown): { version: number | null; fields: string[] } {
  if (typeof details !== 'object' || details === null) return { version: null, fields: [] };
  const d = details as { version?: unknown; fields?: unknown };
  return {
    version: typeof d.version === 'number' ? d.version : null,
    fields: Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : [],
  };
}

/**
 * The history of a problem this actor may read. A problem that does not exist and one the actor
 * may not read both give 404 not_found, so guessing ids tells nobody which problems exist.
 */
export async function problemHistory(
  db: Kysely<Tables>,
  actor: Actor,
  problemId: string,
  deviceId: string | null = null,
): Promise<ProblemHistory> {
  const problem = await findRecord(db, 'problems', problemId);
  if (problem === undefined || !canReadRecord(actor, 'problems', problem.teamId))
    throw new ApiError('not_found', 404);
  const readable = [...childCollections].filter((c): c is CollectionName =>
    isCollection(c) ? canReadRecord(actor, c, problem.teamId) : false,
  );
  const children = await childrenOfProblem(db, problemId, readable);
  const held = new Map<string, { data: Record<string, unknown>; fieldVersions: Record<string, number> }>([
    [problem.id, { data: problem.data, fieldVersions: problem.fieldVersions }],
    ...children.map((c) => [c.id, c] as const),
  ]);
  const rows = await auditOfRecords(db, [...held.keys()]);
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    if (!isCollection(row.collection) || row.recordId === null) continue;
    const [collection, kind] = row.action.split('.');
    if (collection !== row.collection || kind === undefined || !KINDS.has(kind)) continue;
    const { version, fields } = detailsOf(row.details);
    const record = held.get(row.recordId);
    const values: Record<string, unknown> = {};
    for (const field of fields) {
      if (version !== null && record?.fieldVersions[field] === version && field in record.data)
        values[field] = record.data[field];
    }
    entries.push({
      id: row.id,
      at: row.at,
      by: row.userId,
      collection: row.collection,
      recordId: row.recordId,
      kind: kind as HistoryEntry['kind'],
      version,
      fields,
      values,
    });
  }
  const mentioned = new Set(entries.map((e) => e.by).filter((by): by is string => by !== null));
  const people = (await listUsers(db))
    .filter((user) => mentioned.has(user.id))
    .map((user) => ({ id: user.id, displayName: user.displayName }));
  // Reading a record's history is a consultation of personal data (DPA 2018 s.62).
  await writeAudit(db, {
    userId: actor.id,
    deviceId,
    action: 'problems.history_read',
    collection: 'problems',
    recordId: problemId,
  });
  return { problemId, entries, people };
}
