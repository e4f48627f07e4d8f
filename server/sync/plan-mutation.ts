// Steps 2 and 3 of the push protocol for one mutation, given the record as stored: decide
// whether it is rejected, and if not, what the record becomes. Pure apart from no I/O at all.
import { mergeEdit, type MergeOutcome } from '#domain/merge';
import type { Mutation } from '#domain/sync';
import type { StoredRecord } from '#server/platform/store/records';
import { serverWrittenCollections } from '#domain/collections';
import { canWriteRecord, type Actor } from './access';
import { checkChanges, checkWholeRecord, type Rejection } from './mutation-checks';

export type Plan =
  | { kind: 'rejected'; rejection: Rejection }
  | { kind: 'write'; outcome: MergeOutcome; teamId: string | null };

const reject = (code: Rejection['code'], message?: string): Plan => ({
  kind: 'rejected',
  rejection: message === undefined ? { code } : { code, message },
});

function teamOf(data: Record<string, unknown>): string | null {
  return typeof data.teamId === 'string' ? data.teamId : null;
}

export function planMutation(
  m: Mutation,
  current: StoredRecord | undefined,
  actor: Actor,
  version: number,
  /** For records that belong to a problem (actions, reviews): the problem's team, which is theirs. */
  parentTeamId?: string | null,
): Plan {
  const teamFor = (data: Record<string, unknown>): string | null =>
    parentTeamId === undefined ? teamOf(data) : parentTeamId;
  // Published copies and reference data are the force database's own; no device writes them.
  if (serverWrittenCollections.has(m.collection)) return reject('forbidden');
  if (m.op === 'delete' && Object.keys(m.changes).length > 0)
    return reject('invalid_request', 'A delete carries no changes.');
  if (m.op === 'put') {
    const invalid = checkChanges(m.collection, m.changes);
    if (invalid) return { kind: 'rejected', rejection: invalid };
  }
  if (current === undefined && (m.op === 'delete' || m.baseVersion !== null)) return reject('not_found');
  // An edit of a deleted record is not refused: it brings the record back and the deletion is
  // kept as a conflict (mergeEdit, "Delete against edit"), so the edit is never lost.
  if (current !== undefined && m.baseVersion !== null && m.baseVersion > current.version)
    return reject('base_version_ahead');

  // Both the team the record is in and the team this edit moves it to must be the actor's.
  const storedTeam = current === undefined ? null : current.teamId;
  const newTeam =
    m.op === 'put' && ('teamId' in m.changes || parentTeamId !== undefined) ? teamFor(m.changes) : storedTeam;
  // A creation without a team is caught below as an invalid record, which says more than "forbidden".
  if (
    (storedTeam !== null || newTeam !== null) &&
    !canWriteRecord(actor, m.collection, storedTeam, newTeam, current?.createdBy)
  )
    return reject('forbidden');

  // A null base means the edit was made on the device that created the record before it had
  // synced. Only that device can send such edits (everyone else learnt the record from a pull,
  // with a version), so its own earlier creating edits are not conflicts: the effective base is
  // the last version that null-base edits wrote before anyone else wrote (push.ts keeps it from
  // moving past another's write). Edits by others after that still conflict.
  const baseVersion = m.baseVersion ?? current?.originVersion ?? null;
  const outcome = mergeEdit(
    current === undefined
      ? null
      : {
          data: current.data,
          fieldVersions: current.fieldVersions,
          fieldAuthors: current.fieldAuthors,
          version: current.version,
          deleted: current.deleted,
          updatedBy: current.updatedBy,
          updatedAt: current.updatedAt,
        },
    {
      changes: m.changes,
      baseVersion,
      deleted: m.op === 'delete',
      by: actor.id,
      at: m.at,
      ...(actor.deviceId === undefined ? {} : { device: actor.deviceId }),
    },
    version,
  );
  if (m.op === 'put') {
    const broken = checkWholeRecord(m.collection, outcome.data);
    if (broken) return { kind: 'rejected', rejection: broken };
  }
  if (current === undefined && !canWriteRecord(actor, m.collection, null, teamFor(outcome.data)))
    return reject('forbidden');
  return { kind: 'write', outcome, teamId: teamFor(outcome.data) };
}
