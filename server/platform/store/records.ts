// All SQL for synced records and the change feed they form (ordered by version).
import type { Kysely } from 'kysely';
import { isCollectionName, type CollectionName } from '#domain/collections';
import type { FieldAuthors, FieldVersions, Fields } from '#domain/merge';
import { fromJson, toJson } from '#server/platform/database/json';
import { readsNothing, scopeFilter, type ReadScope } from './scope';
import type { RecordsTable, Tables } from '#server/platform/database/tables';

export type { FieldAuthors } from '#domain/merge';

export interface StoredRecord {
  collection: CollectionName;
  id: string;
  teamId: string | null;
  version: number;
  originVersion: number;
  deleted: boolean;
  data: Fields;
  fieldVersions: FieldVersions;
  fieldAuthors: FieldAuthors;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  reference: string | null;
}

function collectionOf(row: RecordsTable): CollectionName {
  if (isCollectionName(row.collection)) return row.collection;
  throw new Error(`records row ${row.id} is in an unknown collection "${row.collection}"`);
}

function toRecord(row: RecordsTable): StoredRecord {
  return {
    collection: collectionOf(row),
    id: row.id,
    teamId: row.team_id,
    version: row.version,
    originVersion: row.origin_version,
    deleted: row.deleted !== 0,
    data: fromJson(row.data, 'records.data') as Fields,
    fieldVersions: fromJson(row.field_versions, 'records.field_versions') as FieldVersions,
    fieldAuthors: fromJson(row.field_authors, 'records.field_authors') as FieldAuthors,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    reference: row.reference,
  };
}

function toRow(r: StoredRecord): RecordsTable {
  return {
    collection: r.collection,
    id: r.id,
    team_id: r.teamId,
    version: r.version,
    origin_version: r.originVersion,
    deleted: r.deleted ? 1 : 0,
    data: toJson(r.data),
    field_versions: toJson(r.fieldVersions),
    field_authors: toJson(r.fieldAuthors),
    created_at: r.createdAt,
    created_by: r.createdBy,
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
    reference: r.reference,
  };
}

export async function findRecord(
  db: Kysely<Tables>,
  collection: string,
  id: string,
): Promise<StoredRecord | undefined> {
  const row = await db
    .selectFrom('records')
    .selectAll()
    .where('collection', '=', collection)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Keys per IN list: well under SQLite's and PostgreSQL's limits on bound parameters. */
const KEYS_PER_QUERY = 500;
/** Records per upsert: 14 columns each, 2,800 parameters a statement. */
const RECORDS_PER_UPSERT = 200;

/** The stored records among `keys`, keyed by `collection/id` (a push batch's look-ups at once). */
export async function findRecordsMany(
  db: Kysely<Tables>,
  keys: readonly { collection: string; id: string }[],
): Promise<Map<string, StoredRecord>> {
  const byCollection = new Map<string, string[]>();
  for (const { collection, id } of keys) {
    const ids = byCollection.get(collection) ?? [];
    ids.push(id);
    byCollection.set(collection, ids);
  }
  const found = new Map<string, StoredRecord>();
  for (const [collection, ids] of byCollection) {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('collection', '=', collection)
        .where('id', 'in', unique.slice(i, i + KEYS_PER_QUERY))
        .execute();
      for (const row of rows) found.set(recordKey(row.collection, row.id), toRecord(row));
    }
  }
  return found;
}

export const recordKey = (collection: string, id: string): string => `${collection}/${id}`;

/** Insert or replace a record. Each record holds one row, at its latest version. */
export async function saveRecord(db: Kysely<Tables>, record: StoredRecord): Promise<void> {
  await saveRecords(db, [record]);
}

/**
 * Insert or replace several records, one statement per few hundred. At most one entry per
 * record: PostgreSQL refuses an upsert that touches a row twice.
 */
export async function saveRecords(db: Kysely<Tables>, records: readonly StoredRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += RECORDS_PER_UPSERT) {
    await db
      .insertInto('records')
      .values(records.slice(i, i + RECORDS_PER_UPSERT).map(toRow))
      .onConflict((oc) =>
        oc.columns(['collection', 'id']).doUpdateSet((eb) => ({
          team_id: eb.ref('excluded.team_id'),
          version: eb.ref('excluded.version'),
          origin_version: eb.ref('excluded.origin_version'),
          deleted: eb.ref('excluded.deleted'),
          data: eb.ref('excluded.data'),
          field_versions: eb.ref('excluded.field_versions'),
          field_authors: eb.ref('excluded.field_authors'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
          reference: eb.ref('excluded.reference'),
        })),
      )
      .execute();
  }
}

export type { ReadScope } from './scope';

/**
 * One page of the change feed after `cursor`, filtered to what the reader may see. Filtering in
 * SQL and ordering by version means the last row's version is a safe next cursor: every skipped
 * (unreadable) version below it is one this reader must never see anyway.
 */
export async function changesAfter(
  db: Kysely<Tables>,
  cursor: number,
  limit: number,
  scope: ReadScope,
): Promise<{ records: StoredRecord[]; hasMore: boolean }> {
  if (readsNothing(scope)) return { records: [], hasMore: false };
  const query = db
    .selectFrom('records')
    .selectAll()
    .where('version', '>', cursor)
    .where(scopeFilter('records', scope));
  const rows = await query
    .orderBy('version')
    .limit(limit + 1)
    .execute();
  return { records: rows.slice(0, limit).map(toRecord), hasMore: rows.length > limit };
}

/** Readable records whose latest change is in (after, upTo], in feed order (see store/feed.ts). */
export async function recordsInRange(
  db: Kysely<Tables>,
  after: number,
  upTo: number,
  scope: ReadScope,
): Promise<StoredRecord[]> {
  if (readsNothing(scope)) return [];
  const query = db
    .selectFrom('records')
    .selectAll()
    .where('version', '>', after)
    .where('version', '<=', upTo)
    .where(scopeFilter('records', scope));
  const rows = await query.orderBy('version').execute();
  return rows.map(toRecord);
}
