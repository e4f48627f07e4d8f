import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canSignOff,
  checkTransition,
  stageOrder,
  type ReviewLike,
  type TransitionContext,
} from '#domain/osara/index';
import type { RoleCode } from '#domain/vocabularies';
import { action, ASSESSED_AT, readyContext, readyProblem, review, reviewers } from './fixtures';

function closeWith(reviews: ReviewLike[], context: Partial<TransitionContext> = {}) {
  const result = checkTransition(readyProblem(), 'closed', readyContext({ reviews, ...context }));
  return result.allowed ? [] : result.reasons.map((r) => r.code);
}

describe('canSignOff', () => {
  it('lets a supervisor of the problem’s team sign off', () => {
    expect(canSignOff({ role: 'supervisor', teamIds: ['north'] }, { teamId: 'north' })).toBe(true);
    expect(canSignOff({ role: 'supervisor', teamIds: ['south', 'north'] }, { teamId: 'north' })).toBe(true);
  });

  it('refuses an officer, even of the same team', () => {
    expect(canSignOff({ role: 'officer', teamIds: ['north'] }, { teamId: 'north' })).toBe(false);
  });

  it('refuses a supervisor of another team', () => {
    expect(canSignOff({ role: 'supervisor', teamIds: ['south'] }, { teamId: 'north' })).toBe(false);
    expect(canSignOff({ role: 'supervisor', teamIds: [] }, { teamId: 'north' })).toBe(false);
  });

  it('refuses prevention leads and administrators of the team', () => {
    for (const role of ['prevention_lead', 'admin'] as RoleCode[]) {
      expect(canSignOff({ role, teamIds: ['north'] }, { teamId: 'north' })).toBe(false);
    }
  });
});

describe('closure sign-off: who', () => {
  it('counts a sign-off by a supervisor of the team, or of several teams including it', () => {
    expect(closeWith([review()])).toEqual([]);
    expect(closeWith([review({ reviewer: 'insp-both' })])).toEqual([]);
  });

  it('ignores a sign-off by an officer, a prevention lead or another team’s supervisor', () => {
    for (const reviewer of ['pc-north', 'lead-north', 'sgt-south']) {
      expect(closeWith([review({ reviewer })])).toEqual(['sign_off_missing']);
    }
  });

  it('ignores a reviewer the context does not know, including prototype names', () => {
    expect(closeWith([review({ reviewer: 'sgt-gone' })])).toEqual(['sign_off_missing']);
    expect(closeWith([review({ reviewer: 'constructor' })])).toEqual(['sign_off_missing']);
  });

  it('ignores a stage approval and a deleted sign-off', () => {
    const stage = review({ kind: 'stage', decision: 'approve_stage' });
    expect(closeWith([stage, review({ deleted: true })])).toEqual(['sign_off_missing']);
  });

  it('uses the reviewer’s current role: a sergeant moved to another team no longer counts', () => {
    const moved = { ...reviewers, 'sgt-north': { role: 'supervisor' as const, teamIds: ['south'] } };
    expect(closeWith([review()], { reviewers: moved })).toEqual(['sign_off_missing']);
  });
});

describe('closure sign-off: when', () => {
  it('counts a sign-off made at the moment the assessment was saved', () => {
    expect(closeWith([review({ reviewedAt: ASSESSED_AT })])).toEqual([]);
  });

  it('treats a sign-off made before the latest assessment change as outdated', () => {
    expect(closeWith([review({ reviewedAt: '2040-03-01T09:59:59.999Z' })])).toEqual(['sign_off_outdated']);
  });

  it('compares instants, not strings, across time-zone offsets', () => {
    // 10:30 in UTC+01:00 is 09:30Z, before the assessment was saved at 10:00Z.
    expect(closeWith([review({ reviewedAt: '2040-03-01T10:30:00+01:00' })])).toEqual(['sign_off_outdated']);
    expect(closeWith([review({ reviewedAt: '2040-03-01T10:30:00-01:00' })])).toEqual([]);
  });

  it('counts any sign-off when the assessment carries no save time', () => {
    const problem = readyProblem({ assessment: { ...readyProblem().assessment, updatedAt: undefined } });
    expect(checkTransition(problem, 'closed', readyContext())).toEqual({ allowed: true });
  });

  it('lets a later return to the team override an earlier sign-off', () => {
    const back = review({ decision: 'return_to_team', reviewedAt: '2040-03-03T09:00:00.000Z' });
    expect(closeWith([review(), back])).toEqual(['closure_returned']);
    const changes = review({ decision: 'request_changes', reviewedAt: '2040-03-03T09:00:00.000Z' });
    expect(closeWith([changes, review()])).toEqual(['closure_returned']);
  });

  it('lets a later sign-off override an earlier return', () => {
    const back = review({ decision: 'return_to_team', reviewedAt: '2040-03-01T12:00:00.000Z' });
    expect(closeWith([back, review()])).toEqual([]);
  });

  it('prefers the cautious decision when two reviews share a time', () => {
    expect(closeWith([review(), review({ decision: 'return_to_team' })])).toEqual(['closure_returned']);
  });

  it('asks for a sign-off (not "returned") when the return came before the latest assessment change', () => {
    const back = review({ decision: 'return_to_team', reviewedAt: '2040-02-20T09:00:00.000Z' });
    expect(closeWith([back])).toEqual(['sign_off_missing']);
  });
});

describe('gate composition (property)', () => {
  const arbitraryProblem = fc.record({
    status: fc.constantFrom(...stageOrder),
    hasObjective: fc.boolean(),
    hasAssessment: fc.boolean(),
    actionStatuses: fc.array(fc.constantFrom('planned', 'in_progress', 'done', 'cancelled' as const)),
    signedOff: fc.boolean(),
  });

  it('a move is allowed exactly when every single forward step on the way is allowed', () => {
    fc.assert(
      fc.property(arbitraryProblem, fc.constantFrom(...stageOrder), (p, to) => {
        const ready = readyProblem();
        const problem = readyProblem({
          status: p.status,
          objective: p.hasObjective ? ready.objective : undefined,
          assessment: p.hasAssessment ? ready.assessment : undefined,
        });
        const context = readyContext({
          actions: p.actionStatuses.map((status) => action({ status })),
          reviews: p.signedOff ? [review()] : [],
        });
        const from = stageOrder.indexOf(p.status);
        const target = stageOrder.indexOf(to);
        const everyStepPasses = stageOrder
          .slice(from, target)
          .every(
            (stage, i) =>
              checkTransition({ ...problem, status: stage }, stageOrder[from + i + 1] ?? stage, context)
                .allowed,
          );
        expect(checkTransition(problem, to, context).allowed).toBe(everyStepPasses);
        if (target <= from) expect(checkTransition(problem, to, context).allowed).toBe(true);
      }),
    );
  });
});
