// All SQL for processed mutations (the idempotency record) and the conflicts they caused.
import type { Kysely } from 'kysely';
import type { Conflict, MutationResult } from '#domain/sync';
import { fromJson, toJson } from '#server/platform/database/json';
import type { ConflictsTable, ProcessedMutationsTable, Tables } from '#server/platform/database/tables';

export interface ProcessedMutation {
  id: string;
  userId: string;
  payloadHash: string;
  result: MutationResult;
}

function toProcessed(row: ProcessedMutationsTable): ProcessedMutation {
  return {
    id: row.id,
    userId: row.user_id,
    payloadHash: row.payload_hash,
    result: fromJson(row.result, 'processed_mutations.result') as MutationResult,
  };
}

/** Ids per IN list: well under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 500;

export async function findProcessed(db: Kysely<Tables>, id: string): Promise<ProcessedMutation | undefined> {
  const row = await db.selectFrom('processed_mutations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProcessed(row);
}

/** The processed mutations among `ids` (a push batch's), by id. */
export async function findProcessedMany(
  db: Kysely<Tables>,
  ids: readonly string[],
): Promise<Map<string, ProcessedMutation>> {
  const found = new Map<string, ProcessedMutation>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('processed_mutations')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + IDS_PER_QUERY))
      .execute();
    for (const row of rows) found.set(row.id, toProcessed(row));
  }
  return found;
}

export async function insertProcessed(db: Kysely<Tables>, m: ProcessedMutation, at: string): Promise<void> {
  await insertProcessedMany(db, [m], at);
}

export async function insertProcessedMany(
  db: Kysely<Tables>,
  ms: readonly ProcessedMutation[],
  at: string,
): Promise<void> {
  for (let i = 0; i < ms.length; i += IDS_PER_QUERY)
    await db
      .insertInto('processed_mutations')
      .values(
        ms.slice(i, i + IDS_PER_QUERY).map((m) => ({
          id: m.id,
          user_id: m.userId,
          payload_hash: m.payloadHash,
          result: toJson(m.result),
          created_at: at,
        })),
      )
      .execute();
}

export interface ConflictContext {
  id: () => string;
  collection: string;
  recordId: string;
  teamId: string | null;
  mutationId: string;
  version: number;
  by: string;
  at: string;
}

export async function insertConflicts(
  db: Kysely<Tables>,
  conflicts: readonly Conflict[],
  ctx: ConflictContext,
): Promise<void> {
  await insertConflictRows(
    db,
    conflicts.map((c) => conflictRow(c, ctx)),
  );
}

export function conflictRow(c: Conflict, ctx: ConflictContext): ConflictsTable {
  return {
    id: ctx.id(),
    collection: ctx.collection,
    record_id: ctx.recordId,
    team_id: ctx.teamId,
    mutation_id: ctx.mutationId,
    version: ctx.version,
    field: c.field,
    replaced_value: toJson(c.replacedValue),
    replaced_by: c.replacedBy,
    replaced_at: c.replacedAt,
    value: toJson(c.value),
    by: ctx.by,
    at: ctx.at,
  };
}

export async function insertConflictRows(db: Kysely<Tables>, rows: readonly ConflictsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += IDS_PER_QUERY)
    await db
      .insertInto('conflicts')
      .values(rows.slice(i, i + IDS_PER_QUERY))
      .execute();
}

export async function countConflicts(
  db: Kysely<Tables>,
  collection: string,
  recordId: string,
): Promise<number> {
  const rows = await db
    .selectFrom('conflicts')
    .select('id')
    .where('collection', '=', collection)
    .where('record_id', '=', recordId)
    .execute();
  return rows.length;
}
