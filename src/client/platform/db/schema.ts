// The per-user local store (ARCHITECTURE.md, "Local store"). Only the local database core and feature repositories import Dexie.
import { Dexie, type EntityTable } from 'dexie';
import type { CollectionName, Problem, RecordByCollection } from '#domain/records';
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Nomination } from '#domain/good-practice/nominations';
import type { Published } from '#domain/good-practice/published';
import type { Mutation } from '#domain/sync';
import type { ConflictRecord } from '#domain/conflicts';
import { maintainActivityIndexes, OWN_STARTED_AT, PROBLEM_KEY, RECENT_STARTED_AT } from './activity-indexes';
import { reportUpgrade } from './upgrade-progress';

/** A mutation waiting to be pushed. `seq` is the outbox order. */
export interface OutboxRow extends Mutation {
  seq: number;
}

/**
 * The last copy of a record the force database sent: the base that pending edits rebase on. Kept
 * only while the record has edits on the device, or when this app cannot read it (server-copy.ts).
 */
export interface ServerRecordRow {
  id: string;
  collection: CollectionName;
  record: Record<string, unknown>;
}

/** A mutation the server refused. Its local data stays in the view until the officer acts. */
export interface NeedsAttentionRow extends Mutation {
  /** The outbox position it had, so rebasing keeps the original order. */
  seq: number;
  code: string;
  message: string;
  rejectedAt: string;
}

/**
 * A value a later-arriving edit replaced (src/domain/conflicts.ts), as the force database sent
 * it, plus when this officer dismissed it on this device (resolution is per device).
 */
export interface ConflictRow extends ConflictRecord {
  dismissedAt?: string;
}

/**
 * A photo's bytes on this device, by content hash: taken here and waiting to upload, or fetched
 * from the force database. Bytes plus MIME type, not a Blob (Safari loses stored Blobs).
 */
export interface PhotoBytesRow {
  sha256: string;
  mime: string;
  bytes: ArrayBuffer;
  /** 1 until the force database has confirmed it holds these bytes, then 0 (IndexedDB cannot index booleans). */
  pendingUpload: 0 | 1;
  savedAt: string;
}

/** An "opened record" event waiting to be sent with sync (audit/data/consultations.ts). */
export interface OpenedRow {
  id: string;
  collection: CollectionName;
  recordId: string;
  at: string;
}

/** A search the officer ran, waiting to be sent with sync: the words, filters and match count. */
export interface SearchRow {
  id: string;
  kind: 'search';
  at: string;
  text: string;
  filters: Record<string, string[]>;
  results: number;
}

/** A consultation event (s.62) waiting to be sent; search rows have no recordId, so no index entry. */
export type ConsultationRow = OpenedRow | SearchRow;

export interface MetaRow {
  key: string;
  value: unknown;
}

export type BeatbookDb = Dexie & {
  /** The merged view: server state with this device's pending and refused edits on top. */
  problems: EntityTable<Problem, 'id'>;
  actions: EntityTable<Action, 'id'>;
  reviews: EntityTable<Review, 'id'>;
  evaluations: EntityTable<Evaluation, 'id'>;
  nominations: EntityTable<Nomination, 'id'>;
  published: EntityTable<Published, 'id'>;
  activities: EntityTable<Activity, 'id'>;
  hotspots: EntityTable<Hotspot, 'id'>;
  photoBytes: EntityTable<PhotoBytesRow, 'sha256'>;
  serverRecords: EntityTable<ServerRecordRow, 'id'>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  needsAttention: EntityTable<NeedsAttentionRow, 'id'>;
  conflicts: EntityTable<ConflictRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  consultations: EntityTable<ConsultationRow, 'id'>;
};

export function userDbName(userId: string): string {
  return `beatbook-${userId}`;
}

/**
 * One database per signed-in user: a second officer signing in on the same tablet gets a
 * separate outbox, so one officer's unsent edits can never be pushed under another's session.
 */
export function openUserDb(userId: string): BeatbookDb {
  const db = new Dexie(userDbName(userId)) as BeatbookDb;
  db.version(1).stores({
    problems: 'id, teamId, updatedAt',
    serverRecords: 'id, collection',
    // `&id` makes a reused mutation id fail the whole write instead of queueing a duplicate.
    outbox: '++seq, &id, recordId',
    needsAttention: 'id, seq, recordId',
    meta: 'key',
  });
  // Version 3 adds the conflicts the force database kept (server-written, pulled like records).
  db.version(3).stores({
    conflicts: 'id, recordId, version',
  });
  // Version 4 adds the OSARA response actions and supervisor reviews. (It follows 3, not 2, so
  // that a database already opened at 3 still gets them.) Dexie keeps every earlier table as it
  // was (records, outbox, needs-attention, cursor, conflicts), so an upgrade loses nothing.
  db.version(4).stores({
    actions: 'id, problemId, updatedAt',
    reviews: 'id, problemId',
  });
  // Version 5 adds patrol activities, the day's hotspots and photo bytes, and the
  // evaluations, good-practice nominations and published copies.
  db.version(5).stores({
    evaluations: 'id, problemId',
    nominations: 'id, problemId',
    published: 'id, problemId, problemType',
    activities: 'id, startedAt, createdBy, problemId, hotspotId',
    hotspots: 'id, date',
    photoBytes: 'sha256, pendingUpload',
  });
  // Version 6 adds the "opened record" events waiting to be sent with sync.
  db.version(6).stores({
    consultations: 'id, recordId',
  });
  // Version 7 keeps a server copy only for records with edits on the device (server-copy.ts):
  // the copies of every other record, which earlier versions kept, are deleted. A copy no view
  // holds (a record this app version could not read) stays. It also drops the activities'
  // `hotspotId` index, which no query used: every index is one more write per stored record.
  db.version(7)
    .stores({ activities: 'id, startedAt, createdBy, problemId' })
    .upgrade(async (tx) => {
      const edited = new Set<string>([
        ...((await tx.table('outbox').orderBy('recordId').uniqueKeys()) as string[]),
        ...((await tx.table('needsAttention').orderBy('recordId').uniqueKeys()) as string[]),
      ]);
      // Keys only: a device that synced a whole force holds 100,000 copies.
      const byCollection = new Map<string, string[]>();
      await tx
        .table('serverRecords')
        .orderBy('collection')
        .eachKey((collection, cursor) => {
          const id = String(cursor.primaryKey);
          if (edited.has(id) || typeof collection !== 'string') return;
          const ids = byCollection.get(collection) ?? [];
          ids.push(id);
          byCollection.set(collection, ids);
        });
      for (const [collection, ids] of byCollection) {
        if (!tx.storeNames.includes(collection)) continue;
        const shown = await tx.table(collection).where(':id').anyOf(ids).primaryKeys();
        await tx.table('serverRecords').bulkDelete(shown);
      }
    });
  // Version 8 replaces the activities' `createdBy`, `startedAt` and `problemId` indexes, an entry
  // each for every activity on the device, with sparse indexes of the owner's own and of the
  // recent ones and a numeric key for the problem (activity-indexes.ts); every activity is written
  // again, a chunk at a time, which gives it the fields. It also drops the problems' and actions'
  // `updatedAt` indexes, which no query used.
  db.version(8)
    .stores({
      problems: 'id, teamId',
      actions: 'id, problemId',
      activities: `id, ${PROBLEM_KEY}, ${OWN_STARTED_AT}, ${RECENT_STARTED_AT}`,
    })
    .upgrade(async (tx) => {
      const table = tx.table<Activity, string>('activities');
      // The opening screen counts the rows written (upgrade-progress.ts).
      const total = await table.count();
      let done = 0;
      reportUpgrade({ done, total });
      try {
        for (let after = ''; ;) {
          const rows = await table.where(':id').above(after).limit(2000).toArray();
          if (rows.length === 0) return;
          await table.bulkPut(rows);
          after = rows[rows.length - 1]?.id ?? after;
          done += rows.length;
          reportUpgrade({ done, total });
        }
      } finally {
        reportUpgrade(null);
      }
    });
  maintainActivityIndexes(db, userId);
  return db;
}

/** A merged-view table of any collection. */
export type ViewTable = EntityTable<RecordByCollection[CollectionName], 'id'>;

/** Every merged-view table, for transactions that may touch any collection. */
export function viewTables(db: BeatbookDb): ViewTable[] {
  return [
    db.problems,
    db.actions,
    db.reviews,
    db.evaluations,
    db.nominations,
    db.published,
    db.activities,
    db.hotspots,
  ] as ViewTable[];
}

/** The table holding the merged view of a collection. */
export function viewTable<C extends CollectionName>(
  db: BeatbookDb,
  collection: C,
): EntityTable<RecordByCollection[C], 'id'> {
  const tables: { [K in CollectionName]: EntityTable<RecordByCollection[K], 'id'> } = {
    problems: db.problems,
    actions: db.actions,
    reviews: db.reviews,
    evaluations: db.evaluations,
    nominations: db.nominations,
    published: db.published,
    activities: db.activities,
    hotspots: db.hotspots,
  };
  return tables[collection];
}
