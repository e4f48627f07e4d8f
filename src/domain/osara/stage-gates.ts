// Stage gates: may a problem move from its OSARA stage to another? Pure functions, used by the app
// (to grey out the button and say why) and by the force database (to refuse a status change that
// skipped the app's check, e.g. from an older app version).
//
// Rules, in order of the stages scanning → analysis → response → assessment → closed:
// 1. Staying put, or moving back to any earlier stage, is always allowed. Work often turns up
//    something that sends a problem back (new analysis, a response that needs rethinking), and a
//    closed problem that recurs is reopened rather than copied. Who may reopen is a permission
//    question for the force database, not a gate.
// 2. Moving forward checks the entry gate of every stage passed through, so a jump from Scanning
//    straight to Closed must satisfy the Response, Assessment and Closed gates. The reasons from
//    all of them are returned together, so the officer sees the whole list at once.
// 3. Entry gates: Analysis has none. Response needs an objective (an impact, a target percentage
//    when the aim is to reduce by a percentage, and a success measure) — the measure is stated
//    before any response starts. Assessment needs at least one action that is not cancelled.
//    Closed needs a process evaluation, an outcome and a closure reason; no action still planned
//    or in progress; and a current closure sign-off (see `signOffReason`).
// Stage reviews (approve_stage) are recorded for oversight but do not gate: a sergeant on leave
// must not stall a team's response. Accountability is enforced where it matters, at closure.
import { problemStatuses, type ProblemStatusCode } from '../vocabularies';
import { liveActions, objectiveMissing, type ActionLike } from './completeness';
import { hasText } from './text';
import { gateReason, type GateReason, type GateReasonCode } from './gate-reasons';
import type { OsaraProblem } from './problem';
import { signOffReason, type SignOffContext } from './sign-off';

// The closure sign-off rule has its own module (no vocabularies, no completeness), so the problem
// list on the first screen can read it; re-exported here where every other gate is.
export { canSignOff, signOffReason } from './sign-off';
export type { ReviewLike, SignOffContext, SignOffUser } from './sign-off';

export interface TransitionContext extends SignOffContext {
  /** The problem's actions (others are ignored). */
  readonly actions: readonly ActionLike[];
}

export type TransitionResult =
  { readonly allowed: true } | { readonly allowed: false; readonly reasons: readonly GateReason[] };

export const stageOrder: readonly ProblemStatusCode[] = problemStatuses.map((s) => s.code);

const objectiveReason: Record<string, GateReasonCode> = {
  impact: 'objective_impact_missing',
  targetPercent: 'target_percent_missing',
  successMeasure: 'success_measure_missing',
};

/** What stops a problem entering `status`, whatever stage it comes from. */
export function entryGate(
  status: ProblemStatusCode,
  problem: OsaraProblem,
  context: TransitionContext,
): GateReasonCode[] {
  switch (status) {
    case 'scanning':
    case 'analysis':
      return [];
    case 'response':
      return objectiveMissing(problem.objective).flatMap((f) => objectiveReason[f] ?? []);
    case 'assessment':
      return liveActions(problem.id, context.actions).length > 0 ? [] : ['no_actions'];
    case 'closed': {
      const a = problem.assessment;
      const reasons: GateReasonCode[] = [];
      if (!hasText(a?.processEvaluation)) reasons.push('process_evaluation_missing');
      if (a?.outcome === undefined) reasons.push('outcome_missing');
      if (a?.closureReason === undefined) reasons.push('closure_reason_missing');
      if (liveActions(problem.id, context.actions).some((x) => x.status !== 'done')) {
        reasons.push('actions_open');
      }
      const signOff = signOffReason(problem, context);
      if (signOff !== undefined) reasons.push(signOff);
      return reasons;
    }
  }
}

/** May `problem` move from its current stage to `toStatus`? If not, every reason why. */
export function checkTransition(
  problem: OsaraProblem,
  toStatus: ProblemStatusCode,
  context: TransitionContext,
): TransitionResult {
  const from = stageOrder.indexOf(problem.status);
  const to = stageOrder.indexOf(toStatus);
  const codes = new Set<GateReasonCode>();
  for (const status of stageOrder.slice(from + 1, to + 1)) {
    for (const code of entryGate(status, problem, context)) codes.add(code);
  }
  if (codes.size === 0) return { allowed: true };
  return { allowed: false, reasons: [...codes].map(gateReason) };
}
