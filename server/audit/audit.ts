// The audit screen's reads and the devices' "opened record" events (s.62 logging).
import type { Kysely } from 'kysely';
import {
  auditKindOf,
  MAX_AUDIT_EXPORT_ROWS,
  type AuditPage,
  type AuditQuery,
  type AuditRow,
  type ConsultationResult,
  type ConsultationsRequest,
} from '#domain/audit';
import { toCsv, type CsvCell } from '#domain/csv';
import { writeAudit, writeAuditOnce, type AuditEntry } from '#server/platform/store/audit-log';
import { queryAudit, type AuditFilters, type AuditListRow, type AuditVisibility } from './store/audit-query';
import { auditSubjects, subjectKey } from './store/audit-subjects';
import { findRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import { canReadRecord, type Actor } from '#server/sync/access';
import type { Granted } from '#server/auth/guard';

/** Admins (grant `any`) see every row; supervisors (grant `team`) the rows of their teams. */
function visibility(granted: Granted): AuditVisibility {
  return granted.reach === 'any' ? { kind: 'all' } : { kind: 'teams', teamIds: granted.actor.teamIds };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

function filtersOf(q: AuditQuery): AuditFilters {
  return {
    username: q.user === '' ? undefined : q.user,
    kind: q.kind,
    recordId: q.recordId === '' ? undefined : q.recordId,
    // Dates are whole UTC days: `to` includes the whole of that day.
    fromAt: q.from === undefined ? undefined : `${q.from}T00:00:00.000Z`,
    toAt: q.to === undefined ? undefined : nextDay(q.to),
    before: q.before,
  };
}

const toRow = (r: AuditListRow): AuditRow => ({ ...r, kind: auditKindOf(r.action) });

export async function auditPage(db: Kysely<Tables>, granted: Granted, q: AuditQuery): Promise<AuditPage> {
  const rows = await queryAudit(db, filtersOf(q), visibility(granted), q.limit + 1);
  const subjects = await auditSubjects(db, visibility(granted), rows.slice(0, q.limit));
  const page = rows.slice(0, q.limit).map((r): AuditRow => {
    const subject =
      r.collection === null || r.recordId === null
        ? undefined
        : subjects.get(subjectKey(r.collection, r.recordId));
    return subject === undefined ? toRow(r) : { ...toRow(r), subject };
  });
  const last = page.at(-1);
  // The audit log names people and what they did: reading it is a consultation, logged like any.
  await writeAudit(db, {
    userId: granted.actor.id,
    action: 'consultation.audit',
    details: {
      filters: { user: q.user, kind: q.kind, recordId: q.recordId, from: q.from, to: q.to, before: q.before },
      rows: page.length,
    },
  });
  return { rows: page, nextBefore: rows.length > q.limit && last !== undefined ? last.seq : null };
}

/** An audit value as a CSV cell: details (an object) as its JSON text. */
function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'username',
  'displayName',
  'deviceId',
  'kind',
  'action',
  'collection',
  'recordId',
  'details',
] as const;

/**
 * The filtered rows as CSV (newest first, at most MAX_AUDIT_EXPORT_ROWS), and the export itself
 * logged as a disclosure with the filters used and the number of rows. The row is written before
 * the file is returned, so an export that was sent is never missing from the log.
 */
export async function auditCsv(
  db: Kysely<Tables>,
  granted: Granted,
  q: AuditQuery,
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const found = await queryAudit(
    db,
    { ...filtersOf(q), before: undefined },
    visibility(granted),
    MAX_AUDIT_EXPORT_ROWS + 1,
  );
  const truncated = found.length > MAX_AUDIT_EXPORT_ROWS;
  const rows = found.slice(0, MAX_AUDIT_EXPORT_ROWS).map(toRow);
  const cells = rows.map((r) => CSV_COLUMNS.map((c) => cellOf(r[c])));
  const filters = { user: q.user, kind: q.kind, recordId: q.recordId, from: q.from, to: q.to };
  await writeAudit(db, {
    userId: granted.actor.id,
    action: 'audit.export',
    details: { filters, rows: rows.length, truncated },
  });
  return { csv: toCsv(CSV_COLUMNS, cells), rows: rows.length, truncated };
}

/**
 * Logs each consultation event a device sends, once per event id. An "opened record" event about
 * a record this user may not read (or that does not exist) is refused and not logged: the log must
 * not let anyone record that they opened what they could not have opened. A search is logged as
 * `consultation.search` with its words, filters and number of results (never the results).
 */
export async function recordConsultations(
  db: Kysely<Tables>,
  actor: Actor,
  request: ConsultationsRequest,
): Promise<ConsultationResult[]> {
  const results: ConsultationResult[] = [];
  for (const event of request.events) {
    let entry: AuditEntry;
    if ('kind' in event) {
      entry = {
        userId: actor.id,
        deviceId: request.deviceId,
        action: 'consultation.search',
        details: { text: event.text, filters: event.filters, results: event.results, searchedAt: event.at },
      };
    } else {
      const record = await findRecord(db, event.collection, event.recordId);
      if (record === undefined || !canReadRecord(actor, event.collection, record.teamId)) {
        results.push({ id: event.id, status: 'refused' });
        continue;
      }
      entry = {
        userId: actor.id,
        deviceId: request.deviceId,
        action: 'consultation.opened',
        collection: event.collection,
        recordId: event.recordId,
        details: { openedAt: event.at },
      };
    }
    const outcome = await writeAuditOnce(db, event.id, entry);
    results.push({
      id: event.id,
      status: outcome === 'taken' ? 'refused' : outcome === 'written' ? 'recorded' : 'duplicate',
    });
  }
  return results;
}
