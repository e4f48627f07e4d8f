// Sending "opened record X" events with sync (s.62 consultation logging). Each event has
// its own id, so a batch resent after a lost reply is logged once. Events the force database
// refuses (a record this officer may not read, or unknown) are dropped: they can never succeed.
// No zod here: this runs on the first screen's sync path, which is kept small (scripts/report-bundle.ts).
import { HttpApiError } from '#client/platform/api/errors';
import { readConsultations, removeConsultations } from './consultations';
import type { SyncDeps } from '#client/platform/sync/deps';

const BATCH = 200;

function answeredIds(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('results' in body) || !Array.isArray(body.results))
    return [];
  return body.results.flatMap((r: unknown) =>
    typeof r === 'object' && r !== null && 'id' in r && typeof r.id === 'string' ? [r.id] : [],
  );
}

export async function sendConsultations({ db, api, deviceId }: SyncDeps): Promise<void> {
  for (;;) {
    const events = await readConsultations(db, BATCH);
    if (events.length === 0) return;
    let answered: string[];
    try {
      const response = await api.send('POST', '/api/audit/consultations', { json: { deviceId, events } });
      answered = answeredIds(await response.json());
    } catch (error) {
      // A batch the server cannot read (400) would block every later sync; drop it. Anything
      // else (offline, expired session, 5xx) keeps the events for the next sync.
      if (error instanceof HttpApiError && error.status === 400) answered = events.map((e) => e.id);
      else throw error;
    }
    await removeConsultations(db, answered);
    if (answered.length === 0) return;
  }
}
