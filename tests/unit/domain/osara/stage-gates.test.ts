import { describe, expect, it } from 'vitest';
import { checkTransition, type OsaraProblem } from '#domain/osara/index';
import { action, move, OTHER_PROBLEM_ID, readyContext, readyProblem, review } from './fixtures';

describe('entering Response: the objective', () => {
  it('passes with an impact, a target percentage and a success measure', () => {
    expect(move('analysis', 'response')).toEqual([]);
  });

  it('blocks without an impact, and says why in English', () => {
    const result = checkTransition(
      readyProblem({ status: 'analysis', objective: { successMeasure: 'Calls per week' } }),
      'response',
      readyContext(),
    );
    expect(result).toEqual({
      allowed: false,
      reasons: [
        {
          code: 'objective_impact_missing',
          en: 'Set an objective (the impact you are aiming for) before moving to Response.',
          section: 'objective',
        },
      ],
    });
  });

  it('blocks without a success measure, or with only spaces', () => {
    expect(move('analysis', 'response', { objective: { impact: 'eliminate' } })).toEqual([
      'success_measure_missing',
    ]);
    expect(
      move('analysis', 'response', { objective: { impact: 'eliminate', successMeasure: '   ' } }),
    ).toEqual(['success_measure_missing']);
  });

  it('blocks a percentage reduction with no target percentage', () => {
    const objective = { impact: 'reduce_by_percent', successMeasure: 'Calls per week' } as const;
    expect(move('analysis', 'response', { objective })).toEqual(['target_percent_missing']);
  });

  it('does not ask for a target percentage for other impacts', () => {
    const objective = { impact: 'reduce_harm', successMeasure: 'Injuries recorded' } as const;
    expect(move('analysis', 'response', { objective })).toEqual([]);
  });

  it('blocks with no objective at all, giving both reasons', () => {
    expect(move('analysis', 'response', { objective: undefined })).toEqual([
      'objective_impact_missing',
      'success_measure_missing',
    ]);
  });
});

describe('entering Assessment: at least one action', () => {
  it('passes with one planned action', () => {
    expect(move('response', 'assessment', {}, { actions: [action({ status: 'planned' })] })).toEqual([]);
  });

  it('blocks with no actions', () => {
    expect(move('response', 'assessment', {}, { actions: [] })).toEqual(['no_actions']);
  });

  it('does not count cancelled, deleted or other problems’ actions', () => {
    const actions = [
      action({ status: 'cancelled' }),
      action({ deleted: true }),
      action({ problemId: OTHER_PROBLEM_ID }),
    ];
    expect(move('response', 'assessment', {}, { actions })).toEqual(['no_actions']);
  });
});

describe('entering Closed: the assessment, closure reason and actions', () => {
  it('passes with a complete assessment, finished actions and a current sign-off', () => {
    expect(move('assessment', 'closed')).toEqual([]);
  });

  const assessmentWithout = (field: string, value?: unknown): Partial<OsaraProblem> => ({
    assessment: { ...readyProblem().assessment, [field]: value },
  });

  it('blocks without a process evaluation, or with a blank one', () => {
    expect(move('assessment', 'closed', assessmentWithout('processEvaluation'))).toEqual([
      'process_evaluation_missing',
    ]);
    expect(move('assessment', 'closed', assessmentWithout('processEvaluation', ' '))).toEqual([
      'process_evaluation_missing',
    ]);
  });

  it('blocks without an outcome', () => {
    expect(move('assessment', 'closed', assessmentWithout('outcome'))).toEqual(['outcome_missing']);
  });

  it('blocks without a closure reason', () => {
    expect(move('assessment', 'closed', assessmentWithout('closureReason'))).toEqual([
      'closure_reason_missing',
    ]);
  });

  it('blocks while an action is planned or in progress', () => {
    for (const status of ['planned', 'in_progress'] as const) {
      expect(move('assessment', 'closed', {}, { actions: [action(), action({ status })] })).toEqual([
        'actions_open',
      ]);
    }
  });

  it('ignores cancelled, deleted and other problems’ open actions', () => {
    const actions = [
      action(),
      action({ status: 'cancelled' }),
      action({ status: 'planned', deleted: true }),
      action({ status: 'planned', problemId: OTHER_PROBLEM_ID }),
    ];
    expect(move('assessment', 'closed', {}, { actions })).toEqual([]);
  });

  it('blocks without any assessment, listing every reason', () => {
    expect(move('assessment', 'closed', { assessment: undefined })).toEqual([
      'process_evaluation_missing',
      'outcome_missing',
      'closure_reason_missing',
    ]);
  });

  it('needs a sign-off even when everything else is done', () => {
    expect(move('assessment', 'closed', {}, { reviews: [] })).toEqual(['sign_off_missing']);
    expect(move('assessment', 'closed', {}, { reviews: [review({ problemId: OTHER_PROBLEM_ID })] })).toEqual([
      'sign_off_missing',
    ]);
  });
});
