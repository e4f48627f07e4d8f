// The analysts' CSV export of problems: the problems this user may read, one row each,
// with no personal content (no description, people, locations or user ids: an analyst who needs
// those reads the record, which is audited on its own). The export is a disclosure, so the route
// audits it with the number of rows and who asked.
import type { Kysely } from 'kysely';
import { readReach } from '#domain/access';
import { toCsv, type CsvCell } from '#domain/csv';
import { recordsInRange } from '#server/platform/store/records';
import { typed, type TypedRecord } from '#server/platform/store/typed-records';
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

function row(p: TypedRecord<'problems'>, actions: readonly TypedRecord<'actions'>[]): CsvCell[] {
  const d = p.data;
  const techniques = new Set(actions.flatMap((a) => a.data.techniques));
  return [
    p.reference,
    d.title,
    d.problemType,
    d.status,
    p.teamId,
    d.openedAt,
    d.closedAt?.slice(0, 10),
    d.objective?.impact,
    d.objective?.targetPercent,
    d.assessment?.outcome,
    d.assessment?.achievedPercent,
    d.assessment?.deliveredAsPlanned,
    d.assessment?.closureReason,
    (d.partnerAgencies ?? []).join(';'),
    actions.length,
    [...techniques].join(';'),
  ];
}

/** The CSV and the number of problems in it. */
export async function problemsCsv(db: Kysely<Tables>, actor: Actor): Promise<{ csv: string; count: number }> {
  const problems = (await recordsInRange(db, 0, ALL, scopeFor(actor, 'problems')))
    .filter((p) => !p.deleted && canReadRecord(actor, 'problems', p.teamId))
    .map((p) => typed('problems', p));
  const actions = (await recordsInRange(db, 0, ALL, scopeFor(actor, 'actions')))
    .filter((a) => !a.deleted)
    .map((a) => typed('actions', a))
    .filter((a) => a.data.status !== 'cancelled');
  const byProblem = new Map<string, TypedRecord<'actions'>[]>();
  for (const a of actions) byProblem.set(a.data.problemId, [...(byProblem.get(a.data.problemId) ?? []), a]);
  problems.sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? ''));
  const rows = problems.map((p) => row(p, byProblem.get(p.id) ?? []));
  return { csv: toCsv(problemsCsvHeader, rows), count: rows.length };
}
