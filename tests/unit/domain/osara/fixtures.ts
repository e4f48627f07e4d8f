// A problem that passes every gate, and its context, for tests to break one thing at a time.
import type { ZodSafeParseResult } from 'zod';
import {
  checkTransition,
  type ActionLike,
  type GateReasonCode,
  type OsaraProblem,
  type ReviewLike,
  type TransitionContext,
} from '#domain/osara/index';
import type { ProblemStatusCode } from '#domain/vocabularies';

export const PROBLEM_ID = '0190a5c0-0000-7000-8000-000000000001';
export const OTHER_PROBLEM_ID = '0190a5c0-0000-7000-8000-000000000002';

export const reviewers: TransitionContext['reviewers'] = {
  'sgt-north': { role: 'supervisor', teamIds: ['north'] },
  'sgt-south': { role: 'supervisor', teamIds: ['south'] },
  'insp-both': { role: 'supervisor', teamIds: ['south', 'north'] },
  'pc-north': { role: 'officer', teamIds: ['north'] },
  'lead-north': { role: 'prevention_lead', teamIds: ['north'] },
};

export const ASSESSED_AT = '2040-03-01T10:00:00.000Z';

export function readyProblem(overrides: Partial<OsaraProblem> = {}): OsaraProblem {
  return {
    id: PROBLEM_ID,
    teamId: 'north',
    status: 'assessment',
    objective: {
      impact: 'reduce_by_percent',
      targetPercent: 30,
      successMeasure: 'Residential burglaries per month on Elm Street',
      statedAt: '2040-01-05T09:00:00.000Z',
    },
    assessment: {
      processEvaluation: 'Lighting and door chains fitted as planned.',
      deliveredAsPlanned: 'as_planned',
      outcome: 'reduce_by_percent',
      lessonsLearned: 'Start the landlord letters earlier.',
      closureReason: 'objective_met',
      updatedAt: ASSESSED_AT,
    },
    ...overrides,
  };
}

export function action(overrides: Partial<ActionLike> = {}): ActionLike {
  return { problemId: PROBLEM_ID, status: 'done', ...overrides };
}

export function review(overrides: Partial<ReviewLike> = {}): ReviewLike {
  return {
    problemId: PROBLEM_ID,
    kind: 'closure',
    decision: 'sign_off_closure',
    reviewer: 'sgt-north',
    reviewedAt: '2040-03-02T09:00:00.000Z',
    ...overrides,
  };
}

export function readyContext(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { actions: [action()], reviews: [review()], reviewers, ...overrides };
}

/** The reason codes for moving the ready problem (with changes) between two stages; [] if allowed. */
export function move(
  from: ProblemStatusCode,
  to: ProblemStatusCode,
  problem: Partial<OsaraProblem> = {},
  context: Partial<TransitionContext> = {},
): GateReasonCode[] {
  const result = checkTransition(readyProblem({ status: from, ...problem }), to, readyContext(context));
  return result.allowed ? [] : result.reasons.map((r) => r.code);
}

/** The first message for each field path of a failed parse ('' for the whole value). */
export function messagesOf(result: ZodSafeParseResult<unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
}
