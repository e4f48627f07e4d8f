// The stage gates on the device: a status change that the force database would refuse is refused
// here first, with the reasons, so the app can say why before anything is queued. The force
// database checks again (server/problems/osara-rules.ts); this copy only saves a round trip.
import type { GateReason, SignOffUser } from '#domain/osara/index';
import type { ProblemFields } from '#domain/records';
import { GateBlockedError, type ProblemsRepository } from '#client/app/contract';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';

/**
 * Why moving problem `id` to `changes.status` is blocked, or null. The device does not know other
 * users' roles, so every review on it counts as a supervisor of the problem's team: pulled reviews
 * were accepted by the force database on exactly that rule, and ReviewsRepository.create queues
 * one only for such a supervisor. The force database judges with reviewers' current roles.
 */
export async function localGateReasons(
  db: BeatbookDb,
  id: string,
  changes: Partial<ProblemFields>,
): Promise<readonly GateReason[] | null> {
  const problem = await db.problems.get(id);
  if (problem === undefined || problem.deleted || changes.status === undefined) return null;
  if (changes.status === problem.status) return null;
  // The gates load with the first status change, not with the first screen (rules.ts).
  const { checkTransition } = await loadRecordRules();
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const actions = await db.actions.where('problemId').equals(id).toArray();
  const reviews = await db.reviews.where('problemId').equals(id).toArray();
  const reviewers: Record<string, SignOffUser> = {};
  for (const r of reviews) reviewers[r.reviewer] = { role: 'supervisor', teamIds: [problem.teamId] };
  const after = { ...problem, ...given, status: problem.status };
  const result = checkTransition(after, changes.status, { actions, reviews, reviewers });
  return result.allowed ? null : result.reasons;
}

/** ProblemsRepository whose `update` throws GateBlockedError for a blocked status change. */
export function withStageGates(problems: ProblemsRepository, db: BeatbookDb): ProblemsRepository {
  return {
    ...problems,
    async update(id, changes) {
      const reasons = await localGateReasons(db, id, changes);
      if (reasons !== null) throw new GateBlockedError(reasons);
      return problems.update(id, changes);
    },
  };
}
