// The queue of "opened record" events (s.62 consultation logging): written when a
// record screen opens, sent with the next sync (sync/consultations.ts), removed once the force
// database has answered for them.
import { uuidv7 } from '#domain/ids';
import type { CollectionName } from '#domain/collections';
import type { ConsultationsRecorder } from '#client/audit/contract';
import type { BeatbookDb, ConsultationRow } from '#client/platform/db/schema';

/** The same record opened again within this time is one consultation, not many (re-renders, back and forth). */
const SAME_VISIT_MS = 60_000;

export async function recordConsultation(
  db: BeatbookDb,
  collection: CollectionName,
  recordId: string,
  now: Date = new Date(),
): Promise<void> {
  const recent = await db.consultations.where('recordId').equals(recordId).last();
  if (recent !== undefined && now.getTime() - Date.parse(recent.at) < SAME_VISIT_MS) return;
  await db.consultations.add({ id: uuidv7(), collection, recordId, at: now.toISOString() });
}

export async function readConsultations(db: BeatbookDb, limit: number): Promise<ConsultationRow[]> {
  return db.consultations.orderBy('id').limit(limit).toArray();
}

export async function removeConsultations(db: BeatbookDb, ids: readonly string[]): Promise<void> {
  await db.consultations.bulkDelete([...ids]);
}

export function createConsultationsRecorder(db: BeatbookDb): ConsultationsRecorder {
  return {
    recordOpened(collection, recordId) {
      // Never in the officer's way: a failure to log locally is reported, not thrown at a screen.
      recordConsultation(db, collection, recordId).catch((error: unknown) => {
        console.warn('Could not record that this record was opened.', error);
      });
    },
  };
}
