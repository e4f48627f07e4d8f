// Pull: one page of the change feed, limited to what this user may read.
import type { Kysely } from 'kysely';
import type { CollectionName } from '#domain/records';
import { CONFLICTS_COLLECTION, type ConflictRecord } from '#domain/conflicts';
import type { PulledChange, PullQuery, PullResponse } from '#domain/sync';
import { writeAudit } from '#server/platform/store/audit-log';
import type { StoredConflict } from './store/conflicts';
import { feedPage } from './store/feed';
import type { StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import { feedScope, type Actor } from './access';

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
    ...(r.collection === 'problems' ? { reference: r.reference } : {}),
  };
}

/** A conflict as devices store it (src/domain/conflicts.ts). */
export function toWireConflict(c: StoredConflict): ConflictRecord {
  return {
    id: c.id,
    version: c.version,
    deleted: false,
    collection: c.collection as CollectionName,
    recordId: c.recordId,
    field: c.field,
    replacedValue: c.replacedValue,
    replacedBy: c.replacedBy,
    replacedByName: c.replacedByName,
    replacedAt: c.replacedAt,
    value: c.value,
    by: c.by,
    byName: c.byName,
    at: c.at,
    mutationId: c.mutationId,
  };
}

export async function pull(
  db: Kysely<Tables>,
  actor: Actor,
  deviceId: string | null,
  query: PullQuery,
): Promise<PullResponse> {
  // Records and the conflicts their writes caused come from one feed, conflicts scoped like the
  // records they belong to; store/feed.ts explains why a page never splits a change number.
  const page = await feedPage(db, query.cursor, query.limit, feedScope(actor));
  const { records, conflicts, exits, cursor, hasMore } = page;
  if (records.length + conflicts.length + exits.length > 0) {
    // Consultation of personal data is audited; one row per page, naming the records.
    await writeAudit(db, {
      userId: actor.id,
      deviceId,
      action: 'pull',
      details: {
        from: query.cursor,
        to: cursor,
        records: records.map((r) => `${r.collection}/${r.id}`),
        ...(conflicts.length > 0 ? { conflicts: conflicts.map((c) => c.id) } : {}),
        ...(exits.length > 0 ? { left: exits.map((e) => `${e.collection}/${e.id}`) } : {}),
      },
    });
  }
  // In change-number order; within one number the record comes before the conflicts it caused.
  const changes: (PulledChange & { order: [number, number] })[] = [
    // A record that left the reader's reach: only its id and the number it left at (scope-exits.ts).
    ...exits.map((e) => ({
      collection: e.collection as CollectionName,
      record: { id: e.id, version: e.version, deleted: true },
      leftScope: true as const,
      order: [e.version, 0] as [number, number],
    })),
    ...records.map((r) => ({
      collection: r.collection,
      record: toWireRecord(r),
      order: [r.version, 0] as [number, number],
    })),
    ...conflicts.map((c) => ({
      collection: CONFLICTS_COLLECTION,
      record: toWireConflict(c),
      order: [c.version, 1] as [number, number],
    })),
  ];
  changes.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return {
    changes: changes.map(({ collection, record, leftScope }) =>
      leftScope === true ? { collection, record, leftScope } : { collection, record },
    ),
    cursor,
    hasMore,
  };
}
