// The ConflictsRepository itself (src/client/app/contract.ts), loaded on first use by the facade in
// ./conflicts.ts so the first screen does not carry it.
import { sameValue } from '#domain/merge';
import type { Me } from '#domain/session';
import type { ConflictNotice, ConflictsRepository, ProblemsRepository } from '#client/app/contract';
import type { ActionsRepository } from '#client/osara/contract';
import { watchQuery } from '#client/platform/db/live';
import { viewTable, type BeatbookDb, type ConflictRow } from '#client/platform/db/schema';

/**
 * The repositories "Restore my value" writes through, by collection: problems and actions. Reviews
 * are append-only (the force database refuses any edit of one, read_only_record), so a review's
 * value is never replaced and has nothing to restore.
 */
export interface RestoreTargets {
  problems: Pick<ProblemsRepository, 'update'>;
  actions: Pick<ActionsRepository, 'update'>;
}

function involvement(row: ConflictRow, me: Me): ConflictNotice['involvement'] {
  if (row.replacedBy === me.id) return 'replaced';
  if (row.by === me.id) return 'won';
  return 'team';
}

/**
 * Open notices for one record, oldest first. A notice closes when dismissed on this device, and
 * also once the record holds the replaced value again (restored here, on another device, or by
 * anyone): there is nothing left to act on.
 */
async function openNotices(db: BeatbookDb, me: Me, recordId: string): Promise<ConflictNotice[]> {
  const rows = await db.conflicts.where('recordId').equals(recordId).sortBy('version');
  const notices: ConflictNotice[] = [];
  for (const row of rows) {
    if (row.dismissedAt !== undefined) continue;
    const view = (await viewTable(db, row.collection).get(row.recordId)) as
      Record<string, unknown> | undefined;
    if (view === undefined) continue;
    const current = view[row.field];
    if (sameValue(current, row.replacedValue)) continue;
    notices.push({
      id: row.id,
      collection: row.collection,
      recordId: row.recordId,
      field: row.field,
      involvement: involvement(row, me),
      replacedValue: row.replacedValue,
      replacedBy: row.replacedBy,
      replacedByName: row.replacedByName,
      replacedAt: row.replacedAt,
      value: row.value,
      currentValue: current,
      by: row.by,
      byName: row.byName,
      at: row.at,
    });
  }
  return notices;
}

export function conflictsRepository(
  db: BeatbookDb,
  me: Me,
  targets: RestoreTargets,
  now: () => Date = () => new Date(),
): ConflictsRepository {
  async function dismiss(id: string): Promise<void> {
    await db.conflicts.update(id, { dismissedAt: now().toISOString() });
  }

  return {
    watchForRecord(recordId, onChange) {
      return watchQuery(() => openNotices(db, me, recordId), onChange);
    },

    async restore(id) {
      const row = await db.conflicts.get(id);
      if (row === undefined) throw new Error(`Conflict ${id} is not on this device`);
      if (row.replacedBy !== me.id)
        throw new Error('Only the officer whose value was replaced can restore it');
      if (row.field === 'deleted' || (row.collection !== 'problems' && row.collection !== 'actions'))
        throw new Error(`A ${row.field} change on ${row.collection} cannot be restored here`);
      // An ordinary edit through the repository (the one write path): it is validated, queued
      // in the outbox with the view's version as its base, and synced like any other change.
      const changes: Record<string, unknown> = { [row.field]: row.replacedValue };
      if (row.collection === 'problems')
        await targets.problems.update(row.recordId, changes);
      else await targets.actions.update(row.recordId, changes);
      await dismiss(id);
    },

    dismiss,
  };
}
