// How moves between stages compose: backwards, staying put, and jumps over several gates.
import { describe, expect, it } from 'vitest';
import { checkTransition } from '#domain/osara/index';
import type { ProblemStatusCode } from '#domain/vocabularies';
import { move, readyContext, readyProblem } from './fixtures';

const empty = { objective: undefined, assessment: undefined };

describe('moving back or staying put', () => {
  it('allows every backward move, even reopening a closed problem with empty sections', () => {
    const stages: ProblemStatusCode[] = ['scanning', 'analysis', 'response', 'assessment'];
    for (const to of stages) {
      expect(
        checkTransition(
          readyProblem({ ...empty, status: 'closed' }),
          to,
          readyContext({ actions: [], reviews: [] }),
        ),
      ).toEqual({ allowed: true });
    }
  });

  it('allows staying in the same stage', () => {
    expect(move('closed', 'closed', empty, { actions: [], reviews: [] })).toEqual([]);
  });
});

describe('Scanning to Analysis', () => {
  it('has no gate: an empty problem may move on', () => {
    expect(move('scanning', 'analysis', empty, { actions: [], reviews: [] })).toEqual([]);
  });
});

describe('moving forward more than one stage', () => {
  it('checks every gate passed through, and lists all their reasons in stage order', () => {
    expect(move('scanning', 'closed', empty, { actions: [], reviews: [] })).toEqual([
      'objective_impact_missing',
      'success_measure_missing',
      'no_actions',
      'process_evaluation_missing',
      'outcome_missing',
      'closure_reason_missing',
      'sign_off_missing',
    ]);
  });

  it('blocks a jump when only an intermediate gate fails', () => {
    expect(move('analysis', 'assessment', { objective: undefined })).toEqual([
      'objective_impact_missing',
      'success_measure_missing',
    ]);
    expect(move('scanning', 'closed', {}, { actions: [] })).toEqual(['no_actions']);
  });

  it('allows the jump when every gate in between passes', () => {
    expect(move('scanning', 'closed')).toEqual([]);
    expect(move('scanning', 'response')).toEqual([]);
  });
});
