// Device-side checks after a quiescent sync: every device holds exactly the server's records.
//
// Each device keeps the last server copy of each record and its merged view (`problems`). With
// the outbox empty, the copy must equal the server's record, and the view must equal the copy
// with the device's refused edits (kept for the officer, "needs attention") laid on top, which
// for most records means the view equals the server's record field for field, version included.
// The device's copy is read as the app reads it (`readServerCopy`): the row kept in
// `serverRecords` while the record has edits, otherwise the view, which for a record without
// edits is the copy (issue 16 stopped storing a second copy of every record).
import { rebase, sameValue } from '#domain/merge';
import { problemSchema } from '#domain/records';
import { readServerCopy } from '#client/platform/db/server-copy';
import type { Device, EditEntry } from './device';
import { toWireRecord } from '#server/sync/pull';
import { show } from './ledger';
import type { ServerState } from './server-state';

const differingKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !sameValue(a[k], b[k]))
    .map((k) => `${k}: device ${show(a[k])} / expected ${show(b[k])}`)
    .join('; ');

export async function checkDevices(
  state: ServerState,
  devices: readonly Device[],
  log: ReadonlyMap<string, EditEntry>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const d of devices) {
    const status = d.ws.sync.getStatus();
    if (status.lastError !== null) failures.push(`${d.name}: last sync failed: ${status.lastError}`);
    const outbox = await d.db.outbox.toArray();
    if (outbox.length > 0) failures.push(`${d.name}: ${outbox.length} mutations still in the outbox`);

    const teams = new Set(d.ws.me.teams.map((t) => t.id));
    const views = new Map((await d.db.problems.toArray()).map((p) => [p.id, p]));
    const attention = await d.db.needsAttention.orderBy('seq').toArray();

    for (const record of state.records.values()) {
      if (record.teamId === null || !teams.has(record.teamId)) continue;
      const wire = toWireRecord(record);
      const copy = await readServerCopy(d.db, 'problems', record.id);
      if (copy === undefined || !sameValue(copy, wire)) {
        failures.push(
          `${d.name}: server copy of ${record.id} differs: ${copy === undefined ? 'missing' : differingKeys(copy, wire)}`,
        );
      }
      const view = views.get(record.id);
      const expected = rebase(
        problemSchema.parse(wire),
        attention.filter((a) => a.recordId === record.id),
      );
      if (view === undefined || !sameValue(view, expected)) {
        failures.push(
          `${d.name}: view of ${record.id} differs: ${view === undefined ? 'missing' : differingKeys(view, expected)}`,
        );
      }
    }
    for (const id of views.keys()) {
      if (!state.records.has(id)) failures.push(`${d.name}: holds ${id}, which the server does not have`);
    }

    // Refused edits are kept on the device that made them, and only refused edits.
    const kept = new Set(attention.map((a) => a.id));
    for (const a of attention) {
      if (state.processed.get(a.id)?.status !== 'rejected')
        failures.push(`${d.name}: ${a.id} needs attention but was not rejected`);
    }
    for (const [id, result] of state.processed) {
      if (result.status === 'rejected' && log.get(id)?.device === d.name && !kept.has(id))
        failures.push(`${d.name}: rejected ${id} (${result.error?.code ?? '?'}) is not kept for the officer`);
    }
  }
  return failures;
}
