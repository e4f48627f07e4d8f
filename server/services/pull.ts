// Pull: one page of the change feed, limited to what this user may read.
import type { Kysely } from 'kysely';
import type { PullQuery, PullResponse } from '#domain/sync';
import { writeAudit } from '../store/audit';
import { changesAfter, type StoredRecord } from '../store/records';
import type { Tables } from '../store/tables';
import { problemReadScope, type Actor } from './access';

/** The flat record the app stores: its fields, with the envelope and server fields on top. */
export function toWireRecord(
  r: StoredRecord,
): Record<string, unknown> & { id: string; version: number; deleted: boolean } {
  return {
    ...r.data,
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    deleted: r.deleted,
    reference: r.reference,
  };
}

export async function pull(
  db: Kysely<Tables>,
  actor: Actor,
  deviceId: string | null,
  query: PullQuery,
): Promise<PullResponse> {
  const { records, hasMore } = await changesAfter(db, query.cursor, query.limit, problemReadScope(actor));
  const last = records.at(-1);
  const cursor = last === undefined ? query.cursor : last.version;
  if (records.length > 0) {
    // Consultation of personal data is audited; one row per page, naming the records.
    await writeAudit(db, {
      userId: actor.id,
      deviceId,
      action: 'pull',
      details: { from: query.cursor, to: cursor, records: records.map((r) => `${r.collection}/${r.id}`) },
    });
  }
  return {
    changes: records.map((r) => ({ collection: 'problems' as const, record: toWireRecord(r) })),
    cursor,
    hasMore,
  };
}
