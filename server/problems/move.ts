// Moving a problem to another team (issue 13, item 1). The team is a field of the problem, and
// every record that belongs to it (actions, reviews, evaluation, nomination: childCollections)
// carries the problem's team, because the change feed and every access check read a row's own
// team. So when a push moves the problem, in the same transaction:
// - each child record and the conflicts kept on it take the new team, at a new change number
//   (records.version is unique), so the new team's devices pull them however far their cursors are;
// - the problem and each record that changed team get a scope exit for the team they left, at the
//   same number, so that team's devices are told at their next pull to drop them
//   (store/scope-exits.ts; the client side is described in src/client/platform/sync/README.md).
// The stage gates and publishing find children by the problem's team, so they see them at once.
import type { Kysely } from 'kysely';
import { nextChangeNumber } from '#server/platform/database/counters';
import { writeAudit } from '#server/platform/store/audit-log';
import type { StoredRecord } from '#server/platform/store/records';
import { insertScopeExit } from '#server/platform/store/scope-exits';
import type { Tables } from '#server/platform/database/tables';
import { childCollections } from './osara-rules';
import { childLocations, moveConflictsTo, moveRecordTo } from './store/move';

export interface MoveContext {
  userId: string;
  deviceId: string;
}

/**
 * Called by push after a record is saved at `saved.version`, inside its transaction. Does nothing
 * unless the write changed the record's team. Any record that changes team (an activity its
 * author moves, too) leaves its old team's reach; only a problem takes other records with it.
 */
export async function afterTeamChange(
  trx: Kysely<Tables>,
  before: StoredRecord | undefined,
  saved: StoredRecord,
  ctx: MoveContext,
): Promise<void> {
  const from = before?.teamId ?? null;
  const to = saved.teamId;
  if (from === null || to === null || from === to) return;
  await insertScopeExit(trx, {
    collection: saved.collection,
    id: saved.id,
    teamId: from,
    version: saved.version,
  });
  let conflicts = await moveConflictsTo(trx, saved, to, saved.version);
  if (saved.collection !== 'problems') return;
  const moved: string[] = [];
  for (const child of await childLocations(trx, saved.id, [...childCollections])) {
    if (child.teamId === to) continue;
    const version = await nextChangeNumber(trx);
    await moveRecordTo(trx, child, to, version);
    if (child.teamId !== null) await insertScopeExit(trx, { ...child, teamId: child.teamId, version });
    conflicts += await moveConflictsTo(trx, child, to, version);
    moved.push(`${child.collection}/${child.id}`);
  }
  await writeAudit(trx, {
    userId: ctx.userId,
    deviceId: ctx.deviceId,
    action: 'problems.move',
    collection: 'problems',
    recordId: saved.id,
    details: { from, to, version: saved.version, records: moved, conflicts },
  });
}
