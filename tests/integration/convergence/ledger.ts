// Server-side checks after a run: nothing applied twice, nothing a device sent vanished, what
// devices were told matches what is stored, and no accepted edit was silently lost.
//
// "Silently lost" is judged without the server's own merge rule: each device logged, for every
// edit, the value the officer saw on screen in each field it changed. Replaying accepted
// mutations in version order, whenever one replaces another's value in a field, either the
// officer saw that value (a knowing overwrite), or the replaced value must be in `conflicts`.
// Field values are unique per edit, so "saw that value" means "saw that edit".
//
// Deletion is replayed as the pseudo-field `deleted` (a put writes false, a delete true), as the
// server versions it: an edit that brings back a deleted record must keep the deletion in
// `conflicts`, and a delete that hides changes its officer had not seen must leave a conflict on
// `deleted` too (the tombstone keeps every field, so nothing is gone, but someone must be told).
import { sameValue } from '#domain/merge';
import type { MutationResult } from '#domain/sync';
import type { EditEntry } from './device';
import type { ServerState } from './server-state';

export interface LedgerStats {
  accepted: number;
  rejected: number;
  conflicts: number;
  /** Conflict rows for a value the officer had seen and meant to replace (noise, not loss). */
  knowingConflicts: number;
}

interface Write {
  value: unknown;
  entry: EditEntry;
  version: number;
}

export const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));
const who = (e: EditEntry, version: number): string =>
  `${e.device} ${e.op} ${e.id.slice(-6)} (base ${e.baseVersion ?? 'null'}, v${version})`;

export function checkLedger(
  state: ServerState,
  log: ReadonlyMap<string, EditEntry>,
  observed: ReadonlyMap<string, MutationResult[]>,
): { failures: string[]; stats: LedgerStats } {
  const failures: string[] = [];
  const stats: LedgerStats = {
    accepted: 0,
    rejected: 0,
    conflicts: state.conflicts.length,
    knowingConflicts: 0,
  };

  for (const e of log.values()) {
    if (!state.processed.has(e.id))
      failures.push(`${e.device}'s ${e.op} ${e.id} of ${e.recordId} was never processed`);
  }
  for (const [id, results] of observed) {
    const stored = state.processed.get(id);
    for (const r of results)
      if (!sameValue(r, stored))
        failures.push(`mutation ${id}: a device was told ${show(r)} but the server stored ${show(stored)}`);
  }

  // Nothing applied twice: one audited write per accepted mutation, each at its own version.
  const accepted: { entry: EditEntry; version: number }[] = [];
  for (const [id, result] of state.processed) {
    if (result.status === 'rejected') {
      stats.rejected += 1;
      continue;
    }
    const entry = log.get(id);
    if (entry === undefined || result.version === undefined)
      failures.push(`accepted mutation ${id} is not one a device made, or has no version`);
    else accepted.push({ entry, version: result.version });
  }
  stats.accepted = accepted.length;
  const audited = [...state.auditedWrites].sort();
  const expected = accepted.map((a) => a.entry.id).sort();
  if (!sameValue(audited, expected))
    failures.push(
      `audited writes ${show(audited)} are not the accepted mutations ${show(expected)} once each`,
    );
  if (new Set(accepted.map((a) => a.version)).size !== accepted.length)
    failures.push('two accepted mutations share a version');

  // Replay each record's accepted mutations in the order the server applied them.
  accepted.sort((a, b) => a.version - b.version);
  const byRecord = new Map<string, typeof accepted>();
  for (const a of accepted) byRecord.set(a.entry.recordId, [...(byRecord.get(a.entry.recordId) ?? []), a]);
  for (const [recordId, writes] of byRecord) {
    const fields = new Map<string, Write>();
    for (const { entry, version } of writes) {
      const deleting = entry.op === 'delete';
      // Deleting a record that is already deleted hides nothing (the first delete did).
      if (deleting && fields.get('deleted')?.value === false) {
        const unseen = [...fields]
          .filter(([f, w]) => f !== 'deleted' && !sameValue(entry.seen[f], w.value))
          .map(([f]) => f);
        const told = state.conflicts.some((c) => c.mutationId === entry.id && c.field === 'deleted');
        if (unseen.length > 0 && !told)
          failures.push(
            `HIDDEN EDIT on ${recordId}: ${who(entry, version)} deleted it over unseen ${unseen.join(', ')} with no conflict row`,
          );
      }
      for (const [field, value] of Object.entries({ ...entry.changes, deleted: deleting })) {
        const prev = fields.get(field);
        const rows = state.conflicts.filter((c) => c.mutationId === entry.id && c.field === field);
        const replaced = prev !== undefined && !sameValue(prev.value, value);
        const knew = replaced && field in entry.seen && sameValue(entry.seen[field], prev.value);
        const kept = replaced && rows.length === 1 && sameValue(rows[0]?.replacedValue, prev.value);
        if (replaced && !knew && !kept) {
          failures.push(
            `LOST EDIT on ${recordId}.${field}: ${show(prev.value)} by ${who(prev.entry, prev.version)} was replaced by ` +
              `${show(value)} from ${who(entry, version)}, whose officer saw ${show(entry.seen[field])}, and no conflict row keeps it`,
          );
        }
        if (rows.length > 0 && !kept)
          failures.push(
            `conflict rows ${show(rows)} for ${who(entry, version)} do not name the value it replaced (${show(prev?.value)})`,
          );
        if (knew && kept) stats.knowingConflicts += 1;
        fields.set(field, { value, entry, version });
      }
    }
    const record = state.records.get(recordId);
    const last = writes.at(-1);
    if (record === undefined || last === undefined) {
      failures.push(`record ${recordId} has accepted writes but is not on the server`);
      continue;
    }
    for (const [field, w] of fields) {
      if (field === 'deleted') {
        if (record.deleted !== w.value)
          failures.push(
            `${recordId}: deleted is ${record.deleted}, but the last accepted write made it ${show(w.value)}`,
          );
      } else if (!sameValue(record.data[field], w.value))
        failures.push(
          `${recordId}.${field} is ${show(record.data[field])}, but the last accepted write was ${show(w.value)}`,
        );
    }
    if (record.version !== last.version)
      failures.push(`${recordId} is at v${record.version}, but its last accepted write was v${last.version}`);
  }
  return { failures, stats };
}
