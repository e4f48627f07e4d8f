// Loading what the OSARA rules read (osara-rules.ts) and applying them around the generic plan.
import type { Kysely } from 'kysely';
import type { ActionLike, ReviewLike, SignOffUser, TransitionContext } from '#domain/osara/index';
import { isErased } from '#domain/retention';
import type { Mutation } from '#domain/sync';
import { childrenTyped } from '#server/platform/store/typed-records';
import { findRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import { findUserById, teamsOfUser } from '#server/platform/store/users';
import type { Actor } from '#server/sync/access';
import {
  checkChild,
  checkStatusChange,
  childCollections,
  closedAtChange,
  emptyGateContext,
  parentIdOf,
  stampServerTimes,
  type OsaraContext,
} from './osara-rules';
import { planMutation, type Plan } from '#server/sync/plan-mutation';
import { checkProblemLink, linkedProblemId } from './problem-links';

/** Reads, inside the mutation's transaction, the parent problem or the gate's context. */
export async function loadOsaraContext(
  trx: Kysely<Tables>,
  m: Mutation,
  current: StoredRecord | undefined,
): Promise<OsaraContext> {
  if (childCollections.has(m.collection)) {
    const parentId = parentIdOf(m, current);
    return { parent: parentId === undefined ? undefined : await findRecord(trx, 'problems', parentId) };
  }
  const linkedId = linkedProblemId(m);
  if (linkedId !== undefined) return { linked: (await findRecord(trx, 'problems', linkedId)) ?? null };
  // A new problem has no actions or reviews yet; only a status change needs them.
  if (m.collection !== 'problems' || current === undefined || !('status' in m.changes)) return {};
  return { gate: await gateContext(trx, current) };
}

async function gateContext(trx: Kysely<Tables>, problem: StoredRecord): Promise<TransitionContext> {
  const actions = (await childrenTyped(trx, 'actions', problem.id, problem.teamId)).map((a): ActionLike => ({
    ...a.data,
    deleted: a.deleted,
  }));
  const reviews = (await childrenTyped(trx, 'reviews', problem.id, problem.teamId)).map((r): ReviewLike => ({
    ...r.data,
    deleted: r.deleted,
  }));
  // Reviewers are judged by their role and teams now: a sign-off by someone who has since left
  // the team, or been disabled, no longer counts.
  const reviewers: Record<string, SignOffUser> = {};
  for (const id of new Set(reviews.map((r) => r.reviewer))) {
    const user = await findUserById(trx, id);
    if (user === undefined || user.disabled) continue;
    const teamIds = (await teamsOfUser(trx, id)).map((t) => t.id);
    reviewers[id] = { role: user.role, teamIds };
  }
  return { actions, reviews, reviewers };
}

/** Steps 2-3 for any collection: the OSARA rules around the generic check-and-merge. */
export function planWithOsara(
  m: Mutation,
  current: StoredRecord | undefined,
  actor: Actor,
  version: number,
  context: OsaraContext,
  now: string,
): Plan {
  const child = childCollections.has(m.collection);
  // An erased problem and its records stay as the retention erasure left them, so a
  // device still holding an old copy cannot write the personal content back.
  if (isErased((m.collection === 'problems' ? current : context.parent)?.data))
    return { kind: 'rejected', rejection: { code: 'record_erased' } };
  if (child) {
    const refused = checkChild(m, current, actor, context.parent);
    if (refused !== null) return { kind: 'rejected', rejection: refused };
  }
  if (context.linked !== undefined) {
    const refused = checkProblemLink(actor, context.linked);
    if (refused !== null) return { kind: 'rejected', rejection: refused };
  }
  const parentTeam = child ? (context.parent?.teamId ?? null) : undefined;
  const plan = planMutation(stampServerTimes(m, current, now), current, actor, version, parentTeam);
  if (plan.kind !== 'write' || m.collection !== 'problems' || m.op !== 'put') return plan;
  const blocked = checkStatusChange(m, current, plan.outcome.data, context.gate ?? emptyGateContext);
  if (blocked !== null) return { kind: 'rejected', rejection: blocked };
  const closed = closedAtChange(current, plan.outcome.data, now);
  if (closed === null) return plan;
  const { outcome } = plan;
  return {
    ...plan,
    outcome: {
      ...outcome,
      data: { ...outcome.data, ...closed },
      fieldVersions: { ...outcome.fieldVersions, closedAt: version },
    },
  };
}
