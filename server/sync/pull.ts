// Pull: one page of the change feed, limited to what this user may read.
import type { Kysely } from 'kysely';
import type { CollectionName } from '#domain/records';
import { CONFLICTS_COLLECTION, type ConflictRecord } from '#domain/conflicts';
import { PULL_PAGE_BYTES, type PullQuery } from '#domain/sync';
import { anchorPulls, logPulledPage } from '#server/platform/store/pull-log';
import type { StoredConflict } from './store/conflicts';
import { countAfter, feedPage, type FeedRecord } from './store/feed';
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

/**
 * toWireRecord as JSON text, without parsing the stored data: the envelope is spliced in after
 * the stored fields, and JSON.parse keeps the last of two equal keys, exactly as the object
 * spread above lets the envelope win. Parsing and re-serialising each record was most of a
 * page's server time; the data text was written by this server with JSON.stringify, so it is a
 * plain object with no trailing space.
 */
export function wireRecordJson(r: FeedRecord): string {
  const envelope =
    `"id":${JSON.stringify(r.id)},"version":${String(r.version)},` +
    `"createdAt":${JSON.stringify(r.created_at)},"createdBy":${JSON.stringify(r.created_by)},` +
    `"updatedAt":${JSON.stringify(r.updated_at)},"updatedBy":${JSON.stringify(r.updated_by)},` +
    `"deleted":${r.deleted !== 0 ? 'true' : 'false'}` +
    (r.collection === 'problems' ? `,"reference":${JSON.stringify(r.reference)}` : '');
  const data = r.data.trim();
  return data === '{}' ? `{${envelope}}` : `${data.slice(0, -1)},${envelope}}`;
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

/**
 * One page as the JSON text of a PullResponse (src/domain/sync.ts). Built as text so the records'
 * stored JSON goes out without a parse and a stringify each; the route sends it as is.
 */
export async function pullJson(
  db: Kysely<Tables>,
  actor: Actor,
  deviceId: string | null,
  query: PullQuery,
): Promise<{ json: string; changes: number }> {
  // Records and the conflicts their writes caused come from one feed, conflicts scoped like the
  // records they belong to; store/feed.ts explains why a page never splits a change number.
  const scope = feedScope(actor);
  const page = await feedPage(db, query.cursor, query.limit, scope, PULL_PAGE_BYTES);
  const { records, conflicts, exits, cursor, hasMore } = page;
  if (records.length + conflicts.length + exits.length > 0) {
    // Consultation of personal data is audited: the page's range and ids in the user's pull log,
    // and, when the device has reached the end, one row in the main audit chain (pull-log.ts).
    await logPulledPage(db, {
      userId: actor.id,
      deviceId,
      from: query.cursor,
      to: cursor,
      ids: [
        ...records.map((r) => `${r.collection}/${r.id}`),
        ...conflicts.map((c) => `${CONFLICTS_COLLECTION}/${c.id}`),
        ...exits.map((e) => `left/${e.collection}/${e.id}`),
      ],
    });
    if (!hasMore) await anchorPulls(db, actor.id, deviceId);
  }
  // In change-number order; within one number a scope exit, then the record, then the conflicts
  // its write caused.
  const items: { order: number; kind: number; json: string }[] = [
    // A record that left the reader's reach: only its id and the number it left at (scope-exits.ts).
    ...exits.map((e) => ({
      order: e.version,
      kind: 0,
      json: JSON.stringify({
        collection: e.collection,
        record: { id: e.id, version: e.version, deleted: true },
        leftScope: true,
      }),
    })),
    ...records.map((r) => ({
      order: r.version,
      kind: 1,
      json: `{"collection":${JSON.stringify(r.collection)},"record":${wireRecordJson(r)}}`,
    })),
    ...conflicts.map((c) => ({
      order: c.version,
      kind: 2,
      json: JSON.stringify({ collection: CONFLICTS_COLLECTION, record: toWireConflict(c) }),
    })),
  ];
  if (conflicts.length + exits.length > 0) items.sort((a, b) => a.order - b.order || a.kind - b.kind);
  // Asked on a pull's first request; only a pull that runs to more pages needs it.
  const estimate =
    query.estimate === '1' && hasMore
      ? `,"estimatedTotal":${String(await countAfter(db, query.cursor, scope))}`
      : '';
  const json = `{"changes":[${items.map((i) => i.json).join(',')}],"cursor":${String(cursor)},"hasMore":${String(hasMore)}${estimate}}`;
  return { json, changes: items.length };
}
