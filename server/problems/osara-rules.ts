// The OSARA rules of the push protocol's step 2 that need more than the record itself: actions and
// reviews belong to a problem (and take its team), reviews are a supervisor's and append-only, and
// a status change must pass the stage gates. Pure: push.ts loads the context (osara-context.ts).
//
// Times the gates compare are the force database's, not the devices': the assessment's
// `updatedAt` is stamped here when the assessment arrives, and a review's `reviewedAt` when the
// review arrives. With device clocks, an assessment edited offline before a sign-off but synced
// after it would count as seen by the supervisor; with arrival times it makes the sign-off
// outdated, which is the safe side. (A supervisor signing off from a stale offline copy is not
// caught; a later issue can carry the problem version the supervisor saw.)
import { errorMessages } from '#domain/errors';
import { canSignOff, checkTransition, type OsaraProblem, type TransitionContext } from '#domain/osara/index';
import type { Mutation } from '#domain/sync';
import type { StoredRecord } from '#server/platform/store/records';
import { parseStored } from '#server/platform/store/typed-records';
import { codesOf, problemStatuses, type ProblemStatusCode } from '#domain/vocabularies';
import type { Actor } from '#server/sync/access';
import type { Rejection } from '#server/sync/mutation-checks';

/** Collections whose records belong to a problem and are scoped by its team. */
export const childCollections: ReadonlySet<string> = new Set([
  'actions',
  'reviews',
  'evaluations',
  'nominations',
]);

export interface OsaraContext {
  /** For an action or review: its problem as stored, if the force database has it. */
  parent?: StoredRecord | undefined;
  /** For a problem whose status a mutation sets: what the gates read (actions, reviews, reviewers). */
  gate?: TransitionContext;
  /** For an activity whose edit sets `problemId`: that problem as stored (null: not held). */
  linked?: StoredRecord | null;
}

export const emptyGateContext: TransitionContext = { actions: [], reviews: [], reviewers: {} };

const rejection = (code: Rejection['code'], message?: string, details?: unknown): Rejection => ({
  code,
  ...(message === undefined ? {} : { message }),
  ...(details === undefined ? {} : { details }),
});

/** The problem an action or review belongs to: fixed at creation. */
export function parentIdOf(m: Mutation, current: StoredRecord | undefined): string | undefined {
  const id = current?.data.problemId ?? m.changes.problemId;
  return typeof id === 'string' ? id : undefined;
}

/** Checks an action or review against its problem before the merge. Null when it may go ahead. */
export function checkChild(
  m: Mutation,
  current: StoredRecord | undefined,
  actor: Actor,
  parent: StoredRecord | undefined,
): Rejection | null {
  // A review is a decision on the record: a changed mind is a new review, never an edit.
  if (m.collection === 'reviews' && (current !== undefined || m.op === 'delete'))
    return rejection('read_only_record');
  if (current !== undefined && 'problemId' in m.changes && m.changes.problemId !== current.data.problemId)
    return rejection('read_only_field', undefined, {
      problemId: 'It stays with the problem it was made for.',
    });
  // Missing or malformed problemId: the schema check that follows says which field is wrong.
  const parentId = parentIdOf(m, current);
  if (parentId === undefined) return null;
  // One evaluation per problem, under the problem's own id (issue 13). Any other id would let a
  // writer take the id of another team's problem: its team could no longer write its own
  // evaluation, and publishing (which reads the evaluation by the problem's id) would copy this one.
  if (m.collection === 'evaluations' && parentId !== m.recordId) return rejection('evaluation_id_mismatch');
  // The outbox is ordered, so a problem created on the same device always arrives first; an
  // unknown problem here is one this force database has never had (or another user's id).
  if (parent === undefined) return rejection('not_found', 'The problem this belongs to is not known.');
  if (parent.deleted) return rejection('record_deleted');
  if (m.collection === 'reviews') {
    // A good-practice decision (publish or return) is a prevention lead's, and only a closed
    // problem is published; every other review is a supervisor's of the problem's own team.
    if (m.changes.kind === 'good_practice') {
      if (actor.role !== 'prevention_lead') return rejection('good_practice_not_allowed');
      if (m.changes.decision === 'publish' && parent.data.status !== 'closed')
        return rejection('publish_not_closed');
    } else if (parent.teamId === null || !canSignOff(actor, { teamId: parent.teamId }))
      return rejection('sign_off_not_allowed');
    if (m.changes.reviewer !== actor.id)
      return rejection('forbidden', 'A review can only be recorded in your own name.');
  }
  return null;
}

/** The mutation's changes with the force database's times where the gates compare times. */
export function stampServerTimes(m: Mutation, current: StoredRecord | undefined, now: string): Mutation {
  const changes = { ...m.changes };
  if (m.collection === 'problems' && isObject(changes.assessment))
    changes.assessment = { ...changes.assessment, updatedAt: now };
  if (m.collection === 'reviews' && current === undefined && m.op === 'put') changes.reviewedAt = now;
  return { ...m, changes };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const statuses: readonly string[] = codesOf(problemStatuses);
const isStatus = (value: unknown): value is ProblemStatusCode =>
  typeof value === 'string' && statuses.includes(value);

/** The stage a problem is in as stored; a new problem starts at Scanning. */
export function storedStatus(current: StoredRecord | undefined): ProblemStatusCode {
  // Read on every problem edit (closedAt follows it), so only this field is checked, not the record.
  const status = current?.data.status;
  return isStatus(status) ? status : 'scanning';
}

/**
 * A push that sets a problem's status to a different stage must pass the gates from the stored
 * stage, judged on the record as it would be after this edit (so setting the objective and
 * moving to Response in one edit is fine). Null when allowed or not a status change.
 */
export function checkStatusChange(
  m: Mutation,
  current: StoredRecord | undefined,
  merged: Record<string, unknown>,
  context: TransitionContext,
): Rejection | null {
  if (m.collection !== 'problems' || m.op !== 'put' || !('status' in m.changes)) return null;
  const from = storedStatus(current);
  // The merged record passed the whole-record check in planMutation, so it parses.
  const stored = parseStored('problems', m.recordId, merged);
  const to = stored.status;
  if (to === from) return null;
  const problem: OsaraProblem = { ...stored, id: m.recordId, status: from };
  const result = checkTransition(problem, to, context);
  if (result.allowed) return null;
  const reasons = result.reasons.map((r) => ({ code: r.code, message: r.en, section: r.section }));
  return rejection('stage_gate_blocked', errorMessages.stage_gate_blocked, { reasons });
}

/** closedAt follows the status: stamped when a problem closes, cleared when it reopens. */
export function closedAtChange(
  current: StoredRecord | undefined,
  merged: Record<string, unknown>,
  now: string,
): { closedAt: string | null } | null {
  const wasClosed = storedStatus(current) === 'closed';
  const isClosed = merged.status === 'closed';
  if (isClosed && !wasClosed) return { closedAt: now };
  if (!isClosed && wasClosed) return { closedAt: null };
  return null;
}
