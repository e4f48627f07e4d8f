// All SQL for processed mutations (the idempotency record) and the conflicts they caused.
import type { Kysely } from 'kysely';
import type { Conflict, MutationResult } from '#domain/sync';
import { fromJson, toJson } from '#server/platform/database/json';
import type { Tables } from '#server/platform/database/tables';

export interface ProcessedMutation {
  id: string;
  userId: string;
  payloadHash: string;
  result: MutationResult;
}

export async function findProcessed(db: Kysely<Tables>, id: string): Promise<ProcessedMutation | undefined> {
  const row = await db.selectFrom('processed_mutations').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      payloadHash: row.payload_hash,
      result: fromJson(row.result, 'processed_mutations.result') as MutationResult,
    }
  );
}

export async function insertProcessed(db: Kysely<Tables>, m: ProcessedMutation, at: string): Promise<void> {
  await db
    .insertInto('processed_mutations')
    .values({
      id: m.id,
      user_id: m.userId,
      payload_hash: m.payloadHash,
      result: toJson(m.result),
      created_at: at,
    })
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
  for (const c of conflicts) {
    await db
      .insertInto('conflicts')
      .values({
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
      })
      .execute();
  }
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
