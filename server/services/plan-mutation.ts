// Steps 2 and 3 of the push protocol for one mutation, given the record as stored: decide
// whether it is rejected, and if not, what the record becomes. Pure apart from no I/O at all.
import { mergeEdit, type MergeOutcome } from '#domain/merge';
import type { Mutation } from '#domain/sync';
import type { FieldAuthors, StoredRecord } from '../store/records';
import { canWriteProblem, type Actor } from './access';
import { checkChanges, checkWholeRecord, type Rejection } from './mutation-checks';

export type Plan =
  | { kind: 'rejected'; rejection: Rejection }
  | { kind: 'write'; outcome: MergeOutcome; fieldAuthors: FieldAuthors; teamId: string | null };

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
): Plan {
  if (m.op === 'delete' && Object.keys(m.changes).length > 0)
    return reject('invalid_request', 'A delete carries no changes.');
  if (m.op === 'put') {
    const invalid = checkChanges(m.collection, m.changes);
    if (invalid) return { kind: 'rejected', rejection: invalid };
  }
  if (current === undefined && (m.op === 'delete' || m.baseVersion !== null)) return reject('not_found');
  if (current?.deleted === true && m.op === 'put') return reject('record_deleted');
  if (current !== undefined && m.baseVersion !== null && m.baseVersion > current.version)
    return reject('base_version_ahead');

  // Both the team the record is in and the team this edit moves it to must be the actor's.
  const storedTeam = current === undefined ? null : current.teamId;
  const newTeam = m.op === 'put' && 'teamId' in m.changes ? teamOf(m.changes) : storedTeam;
  // A creation without a team is caught below as an invalid record, which says more than "forbidden".
  if ((storedTeam !== null || newTeam !== null) && !canWriteProblem(actor, storedTeam, newTeam))
    return reject('forbidden');

  // A null base means the edit was made on the device that created the record before it had
  // synced. Only that device can send such edits (everyone else learnt the record from a pull,
  // with a version), so its own earlier creating edits are not conflicts: the effective base is
  // the last version that null-base edits wrote. Edits by others after that still conflict.
  const baseVersion = m.baseVersion ?? current?.originVersion ?? null;
  const outcome = mergeEdit(
    current === undefined
      ? null
      : {
          data: current.data,
          fieldVersions: current.fieldVersions,
          version: current.version,
          deleted: current.deleted,
          updatedBy: current.updatedBy,
          updatedAt: current.updatedAt,
        },
    { changes: m.changes, baseVersion, deleted: m.op === 'delete', by: actor.id, at: m.at },
    version,
  );
  if (m.op === 'put') {
    const broken = checkWholeRecord(m.collection, outcome.data);
    if (broken) return { kind: 'rejected', rejection: broken };
  }
  if (current === undefined && !canWriteProblem(actor, null, teamOf(outcome.data)))
    return reject('forbidden');
  return {
    kind: 'write',
    ...attribute(outcome, current?.fieldAuthors ?? {}, version, actor.id, m.at),
    teamId: teamOf(outcome.data),
  };
}

/**
 * mergeEdit names the record's last updater as the author of a replaced value, but another
 * field may have been edited since by someone else. The server knows who last changed each
 * field, so the conflict names the person whose words were actually replaced.
 */
function attribute(
  outcome: MergeOutcome,
  authors: FieldAuthors,
  version: number,
  by: string,
  at: string,
): { outcome: MergeOutcome; fieldAuthors: FieldAuthors } {
  const conflicts = outcome.conflicts.map((c) => {
    const author = authors[c.field];
    return author === undefined ? c : { ...c, replacedBy: author.by, replacedAt: author.at };
  });
  const fieldAuthors: FieldAuthors = { ...authors };
  for (const [field, v] of Object.entries(outcome.fieldVersions))
    if (v === version) fieldAuthors[field] = { by, at };
  return { outcome: { ...outcome, conflicts }, fieldAuthors };
}
