// The queue of consultation events (s.62 logging): "opened record", written when a record screen
// opens, and "searched for", written when a search settles on the search screen (search runs on
// this device, so only the device can say it happened). Sent with the next sync
// (send-consultations.ts), removed once the force database has answered for them.
import { uuidv7 } from '#domain/ids';
import type { CollectionName } from '#domain/collections';
import type { ConsultationsRecorder, SearchRun } from '#client/audit/contract';
import type { BeatbookDb, ConsultationRow, OpenedRow, SearchRow } from '#client/platform/db/schema';

/**
 * MAX_SEARCH_TEXT of #domain/audit (a test holds them equal): not imported, as that module
 * builds zod schemas and this one is on the first screen's path.
 */
export const SEARCH_TEXT_LIMIT = 200;

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
  const row: OpenedRow = { id: uuidv7(), collection, recordId, at: now.toISOString() };
  await db.consultations.add(row);
}

/**
 * Queues a search. Nothing asked (no words, no filters) is not a search; the words are trimmed,
 * spaces collapsed and cut at SEARCH_TEXT_LIMIT; the same search again within SAME_VISIT_MS (the
 * index refreshing under it, back and forth) is one event. What matched is never kept.
 */
export async function recordSearchRun(db: BeatbookDb, run: SearchRun, now: Date = new Date()): Promise<void> {
  const text = run.text.trim().replace(/\s+/g, ' ').slice(0, SEARCH_TEXT_LIMIT);
  const filters: Record<string, string[]> = {};
  for (const [facet, values] of Object.entries(run.filters))
    if (values.length > 0) filters[facet] = [...values].sort();
  if (text === '' && Object.keys(filters).length === 0) return;
  const same = (row: ConsultationRow): row is SearchRow =>
    'kind' in row && row.text === text && JSON.stringify(row.filters) === JSON.stringify(filters);
  const recent = await db.consultations.orderBy('id').reverse().filter(same).first();
  if (recent !== undefined && now.getTime() - Date.parse(recent.at) < SAME_VISIT_MS) return;
  const row: SearchRow = { id: uuidv7(), kind: 'search', at: now.toISOString(), text, filters, results: run.results };
  await db.consultations.add(row);
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
    recordSearch(run) {
      recordSearchRun(db, run).catch((error: unknown) => {
        console.warn('Could not record that a search was run.', error);
      });
    },
  };
}
