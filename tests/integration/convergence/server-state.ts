// Everything the checks need from the force database, read straight from its tables with the
// test's own connection (an all-seeing reader: no user scope, no audit row of its own).
import type { MutationResult } from '#domain/sync';
import { auditWatermarks } from './backend';
import { changesAfter, type StoredRecord } from '#server/platform/store/records';
import { type Store } from '#server/platform/database/database';

export interface ConflictRow {
  recordId: string;
  mutationId: string;
  field: string;
  replacedValue: unknown;
  value: unknown;
}

export interface ServerState {
  records: Map<string, StoredRecord>;
  processed: Map<string, MutationResult>;
  conflicts: ConflictRow[];
  /** Mutation ids named by the audit rows of record writes (problems.create/update/delete). */
  auditedWrites: string[];
  changeCounter: number;
}

function detailsMutationId(details: string | null): string {
  const parsed: unknown = details === null ? null : JSON.parse(details);
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'mutationId' in parsed &&
    typeof parsed.mutationId === 'string'
  )
    return parsed.mutationId;
  throw new Error(`audit row without a mutation id: ${details ?? 'null'}`);
}

export async function readServerState(store: Store): Promise<ServerState> {
  const { db } = store;
  const { records } = await changesAfter(db, 0, 1_000_000, { kind: 'all' });
  const processed = await db.selectFrom('processed_mutations').select(['id', 'result']).execute();
  const conflicts = await db.selectFrom('conflicts').selectAll().orderBy('version').execute();
  const audit = await db
    .selectFrom('audit')
    .select(['action', 'details'])
    .where('action', 'like', 'problems.%')
    .where('seq', '>', auditWatermarks.get(store) ?? 0)
    .execute();
  const counter = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'changes')
    .executeTakeFirstOrThrow();
  return {
    records: new Map(records.map((r) => [r.id, r])),
    processed: new Map(processed.map((p) => [p.id, JSON.parse(p.result) as MutationResult])),
    conflicts: conflicts.map((c) => ({
      recordId: c.record_id,
      mutationId: c.mutation_id,
      field: c.field,
      replacedValue: JSON.parse(c.replaced_value) as unknown,
      value: JSON.parse(c.value) as unknown,
    })),
    auditedWrites: audit.map((a) => detailsMutationId(a.details)),
    changeCounter: counter.value,
  };
}
