// A record that links a problem it does not belong to (an activity's `problemId`, issue 13): the
// link is a way into the problem (the problem's screens list linked activities), so its author
// must be able to read the problem. Pure: osara-context.ts loads the linked problem.
import type { Mutation } from '#domain/sync';
import type { StoredRecord } from '#server/platform/store/records';
import { canReadRecord, type Actor } from '#server/sync/access';
import type { Rejection } from '#server/sync/mutation-checks';

/** Collections whose records may link a problem without belonging to it. */
const linkingCollections: ReadonlySet<string> = new Set(['activities']);

/**
 * The problem id this edit links, when it sets one. Only a link being set is checked: an activity
 * linked earlier stays editable after its problem moves to another team.
 */
export function linkedProblemId(m: Mutation): string | undefined {
  if (m.op !== 'put' || !linkingCollections.has(m.collection)) return undefined;
  const id = m.changes.problemId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Null when the actor may read the linked problem. A problem the actor may not read and one the
 * force database does not hold are refused alike, so a link cannot be used to probe for ids.
 */
export function checkProblemLink(actor: Actor, linked: StoredRecord | null): Rejection | null {
  if (linked !== null && canReadRecord(actor, 'problems', linked.teamId)) return null;
  return { code: 'linked_problem_unknown' };
}
