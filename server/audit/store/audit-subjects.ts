// What an audit row is about, in words the audit screen can use: the problem's title (for a
// problem or a record that belongs to one), and for a review its kind and decision, for an
// activity its type. Read from the records as they are now (an erased problem's title is already
// gone). The audit rows themselves are never changed; this only labels them for reading.
import type { Kysely } from 'kysely';
import type { AuditSubject } from '#domain/audit';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';
import type { AuditVisibility } from './audit-query';

interface RowRef {
  collection: string | null;
  recordId: string | null;
}

const key = (collection: string, id: string): string => `${collection}/${id}`;

function textOf(data: Record<string, unknown>, field: string): string | undefined {
  const value = data[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Records the reader may read: every one for an admin; a supervisor's teams' (and team-less ones). */
async function readData(
  db: Kysely<Tables>,
  visibility: AuditVisibility,
  collection: string,
  ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return found;
  let q = db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('collection', '=', collection)
    .where('id', 'in', [...new Set(ids)]);
  if (visibility.kind === 'teams') {
    const teamIds = visibility.teamIds;
    q = q.where((eb) =>
      teamIds.length === 0
        ? eb('team_id', 'is', null)
        : eb.or([eb('team_id', 'is', null), eb('team_id', 'in', teamIds)]),
    );
  }
  const rows = await q.execute();
  for (const row of rows) {
    const data = fromJson(row.data, 'records.data');
    if (typeof data === 'object' && data !== null) found.set(row.id, data as Record<string, unknown>);
  }
  return found;
}

/**
 * One subject per row that names a synced record still held and readable by the reader (a
 * supervisor may see a team member's row about another team's record, but not its title).
 */
export async function auditSubjects(
  db: Kysely<Tables>,
  visibility: AuditVisibility,
  rows: readonly RowRef[],
): Promise<Map<string, AuditSubject>> {
  const byCollection = new Map<string, string[]>();
  for (const r of rows) {
    if (r.collection === null || r.recordId === null) continue;
    byCollection.set(r.collection, [...(byCollection.get(r.collection) ?? []), r.recordId]);
  }
  const data = new Map<string, Record<string, unknown>>();
  for (const [collection, ids] of byCollection) {
    for (const [id, d] of await readData(db, visibility, collection, ids)) data.set(key(collection, id), d);
  }
  // Child records name their problem; its title is read in one more query.
  const parents = [...data].flatMap(([k, d]) =>
    k.startsWith('problems/') ? [] : (textOf(d, 'problemId') ?? []),
  );
  const problems = await readData(db, visibility, 'problems', parents);
  const subjects = new Map<string, AuditSubject>();
  for (const [k, d] of data) {
    const isProblem = k.startsWith('problems/');
    const parent = textOf(d, 'problemId');
    const title = isProblem
      ? textOf(d, 'title')
      : parent === undefined
        ? undefined
        : textOf(problems.get(parent) ?? {}, 'title');
    const subject: AuditSubject = { problemTitle: title ?? null };
    const kind = textOf(d, 'kind');
    const decision = textOf(d, 'decision');
    const type = textOf(d, 'type');
    if (kind !== undefined) subject.kind = kind;
    if (decision !== undefined) subject.decision = decision;
    if (type !== undefined) subject.type = type;
    subjects.set(k, subject);
  }
  return subjects;
}

export const subjectKey = key;
