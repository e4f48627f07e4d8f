// Reading the audit log for the audit screen and its CSV export: filters, paging newest first,
// and who may see which rows. Read-only; rows are only ever appended (store/audit.ts).
import type { ExpressionBuilder, Kysely } from 'kysely';
import { auditKindPatterns, type AuditKind } from '#domain/audit';
import { fromJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface AuditFilters {
  username?: string | undefined;
  kind?: AuditKind | undefined;
  recordId?: string | undefined;
  /** Inclusive lower bound on `at` (ISO text). */
  fromAt?: string | undefined;
  /** Exclusive upper bound on `at` (ISO text). */
  toAt?: string | undefined;
  before?: number | undefined;
}

/** `all` for admins; for supervisors, their teams (see server/README.md, "What is audited"). */
export type AuditVisibility = { kind: 'all' } | { kind: 'teams'; teamIds: readonly string[] };

export interface AuditListRow {
  seq: number;
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  displayName: string | null;
  deviceId: string | null;
  action: string;
  collection: string | null;
  recordId: string | null;
  details: unknown;
}

type Eb = ExpressionBuilder<Tables & { u: Tables['users'] }, 'audit' | 'u'>;

function kindFilter(eb: Eb, kind: AuditKind) {
  if (kind !== 'other') return eb.or(auditKindPatterns[kind].map((p) => eb('audit.action', 'like', p)));
  const all = Object.values(auditKindPatterns).flat();
  return eb.and(all.map((p) => eb('audit.action', 'not like', p)));
}

/**
 * A supervisor sees a row when the person who acted is a member of one of the supervisor's
 * teams, or the row is about a record (or a problem's child record) that belongs to one of them.
 */
function visibleTo(eb: Eb, teamIds: readonly string[]) {
  if (teamIds.length === 0) return eb.val(false);
  return eb.or([
    eb(
      'audit.user_id',
      'in',
      eb
        .selectFrom('team_members')
        .select('team_members.user_id')
        .where('team_members.team_id', 'in', teamIds),
    ),
    eb.exists(
      eb
        .selectFrom('records')
        .select('records.id')
        .whereRef('records.id', '=', 'audit.record_id')
        .whereRef('records.collection', '=', 'audit.collection')
        .where('records.team_id', 'in', teamIds),
    ),
  ]);
}

export async function queryAudit(
  db: Kysely<Tables>,
  filters: AuditFilters,
  visibility: AuditVisibility,
  limit: number,
): Promise<AuditListRow[]> {
  let q = db
    .selectFrom('audit')
    .leftJoin('users as u', 'u.id', 'audit.user_id')
    .select([
      'audit.seq',
      'audit.id',
      'audit.at',
      'audit.user_id',
      'audit.device_id',
      'audit.action',
      'audit.collection',
      'audit.record_id',
      'audit.details',
      'u.username',
      'u.display_name',
    ]);
  if (filters.username !== undefined) q = q.where('u.username', '=', filters.username.toLowerCase());
  const kind = filters.kind;
  if (kind !== undefined) q = q.where((eb) => kindFilter(eb, kind));
  if (filters.recordId !== undefined) q = q.where('audit.record_id', '=', filters.recordId);
  if (filters.fromAt !== undefined) q = q.where('audit.at', '>=', filters.fromAt);
  if (filters.toAt !== undefined) q = q.where('audit.at', '<', filters.toAt);
  if (filters.before !== undefined) q = q.where('audit.seq', '<', filters.before);
  if (visibility.kind === 'teams') {
    const teamIds = visibility.teamIds;
    q = q.where((eb) => visibleTo(eb, teamIds));
  }
  const rows = await q.orderBy('audit.seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    seq: r.seq,
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    deviceId: r.device_id,
    action: r.action,
    collection: r.collection,
    recordId: r.record_id,
    details: r.details === null ? null : fromJson(r.details, 'audit.details'),
  }));
}
