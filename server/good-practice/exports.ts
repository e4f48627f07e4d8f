// The analysts' CSV export of problems: the problems this user may read, one row each,
// with no personal content (no description, people, locations or user ids: an analyst who needs
// those reads the record, which is audited on its own). The export is a disclosure, so the route
// audits it with the number of rows and who asked.
import type { Kysely } from 'kysely';
import { readReach } from '#domain/access';
import { toCsv, type CsvCell } from '#domain/csv';
import { recordsInRange, type StoredRecord } from '#server/platform/store/records';
import type { ReadScope } from '#server/platform/store/scope';
import type { Tables } from '#server/platform/database/tables';
import { canReadRecord, type Actor } from '#server/sync/access';

export const problemsCsvHeader = [
  'reference',
  'title',
  'problem_type',
  'status',
  'team',
  'opened',
  'closed',
  'objective_impact',
  'objective_target_percent',
  'outcome',
  'achieved_percent',
  'delivered_as_planned',
  'closure_reason',
  'partner_agencies',
  'actions',
  'techniques',
] as const;

const ALL = Number.MAX_SAFE_INTEGER;

/** Only `collection`, as far as this actor reads it. */
function scopeFor(actor: Actor, collection: 'problems' | 'actions'): ReadScope {
  const reach = readReach(actor.role, collection);
  return {
    kind: 'scoped',
    anyCollections: reach === 'any' ? [collection] : [],
    teamCollections: reach === 'team' ? [collection] : [],
    teamIds: actor.teamIds,
  };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function row(p: StoredRecord, actions: readonly StoredRecord[]): CsvCell[] {
  const d = p.data;
  const objective = obj(d.objective);
  const assessment = obj(d.assessment);
  const techniques = new Set(actions.flatMap((a) => strings(a.data.techniques)));
  return [
    p.reference,
    str(d.title),
    str(d.problemType),
    str(d.status),
    p.teamId,
    str(d.openedAt),
    str(d.closedAt)?.slice(0, 10),
    str(objective.impact),
    num(objective.targetPercent),
    str(assessment.outcome),
    num(assessment.achievedPercent),
    str(assessment.deliveredAsPlanned),
    str(assessment.closureReason),
    strings(d.partnerAgencies).join(';'),
    actions.length,
    [...techniques].join(';'),
  ];
}

/** The CSV and the number of problems in it. */
export async function problemsCsv(db: Kysely<Tables>, actor: Actor): Promise<{ csv: string; count: number }> {
  const problems = (await recordsInRange(db, 0, ALL, scopeFor(actor, 'problems'))).filter(
    (p) => !p.deleted && canReadRecord(actor, 'problems', p.teamId),
  );
  const actions = (await recordsInRange(db, 0, ALL, scopeFor(actor, 'actions'))).filter(
    (a) => !a.deleted && a.data.status !== 'cancelled',
  );
  const byProblem = new Map<string, StoredRecord[]>();
  for (const a of actions) {
    const id = str(a.data.problemId);
    if (id !== undefined) byProblem.set(id, [...(byProblem.get(id) ?? []), a]);
  }
  problems.sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? ''));
  const rows = problems.map((p) => row(p, byProblem.get(p.id) ?? []));
  return { csv: toCsv(problemsCsvHeader, rows), count: rows.length };
}
