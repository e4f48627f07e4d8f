import { describe, expect, it } from 'vitest';
import { dashboardFigures, responseFell, type DashboardEvaluation } from '#domain/dashboard/figures';

const problem = (
  id: string,
  over: Partial<{ problemType: string; status: string; outcome: string }> = {},
) => ({
  id,
  problemType: over.problemType ?? 'burglary_residential',
  status: over.status ?? 'closed',
  deleted: false,
  ...(over.outcome === undefined ? {} : { assessment: { outcome: over.outcome } }),
});
const evaluation = (problemId: string, over: Partial<DashboardEvaluation> = {}): DashboardEvaluation => ({
  problemId,
  deleted: false,
  response: { before: 40, after: 20 },
  ...over,
});

describe('the response area fell', () => {
  it('compares daily rates when the periods differ in length', () => {
    // 30 in 30 days (1/day) against 40 in 60 days (0.67/day): a fall, though the count rose.
    expect(
      responseFell(
        evaluation('p', {
          response: { before: 30, after: 40 },
          beforeStart: '2026-01-01',
          beforeEnd: '2026-01-30',
          afterStart: '2026-02-01',
          afterEnd: '2026-04-01',
        }),
      ),
    ).toBe(true);
    expect(responseFell(evaluation('p', { response: { before: 20, after: 20 } }))).toBe(false);
  });
});

describe('dashboard figures', () => {
  it('counts problems by type, status and outcome, leaving out deleted ones', () => {
    const figures = dashboardFigures({
      problems: [
        problem('a', { outcome: 'reduce_harm' }),
        problem('b', { problemType: 'asb_youth', status: 'response' }),
        { ...problem('c'), deleted: true },
      ],
      actions: [],
      evaluations: [],
    });
    expect(figures.problems).toBe(2);
    expect(figures.byType).toEqual({ burglary_residential: 1, asb_youth: 1 });
    expect(figures.byStatus).toEqual({ closed: 1, response: 1 });
    expect(figures.byOutcome).toEqual({ reduce_harm: 1, not_assessed: 1 });
  });

  it('credits a technique only with measured, positive outcomes, and shows its counts', () => {
    const figures = dashboardFigures({
      problems: [
        problem('good', { outcome: 'reduce_harm' }),
        problem('flat', { outcome: 'no_effect' }),
        problem('unmeasured', { outcome: 'eliminate' }),
      ],
      actions: [
        { problemId: 'good', techniques: ['control_access', 'target_harden'], deleted: false },
        { problemId: 'flat', techniques: ['control_access'], deleted: false },
        { problemId: 'unmeasured', techniques: ['control_access'], deleted: false },
        { problemId: 'good', techniques: ['enforcement'], deleted: true },
      ],
      evaluations: [evaluation('good'), evaluation('flat', { response: { before: 10, after: 12 } })],
    });
    expect(figures.techniques).toEqual([
      { technique: 'control_access', positive: 1, measured: 2, used: 3 },
      { technique: 'target_harden', positive: 1, measured: 1, used: 1 },
    ]);
  });

  it('does not call a fall with a "no measurable effect" outcome positive', () => {
    const figures = dashboardFigures({
      problems: [problem('p', { outcome: 'no_effect' })],
      actions: [{ problemId: 'p', techniques: ['set_rules'], deleted: false }],
      evaluations: [evaluation('p')],
    });
    expect(figures.techniques[0]?.positive).toBe(0);
  });

  it('measures evaluation quality over assessed problems only', () => {
    const figures = dashboardFigures({
      problems: [
        problem('full', { outcome: 'reduce_harm' }),
        problem('bare', { outcome: 'handle_better' }),
        problem('open', { status: 'analysis' }),
      ],
      actions: [],
      evaluations: [
        evaluation('full', { control: { before: 5, after: 5 }, buffer: { before: 3, after: 2 } }),
        evaluation('bare', { response: { before: 3 }, displacementChecked: true }),
        evaluation('open', { control: { before: 1, after: 1 } }),
      ],
    });
    expect(figures.quality).toEqual({
      assessed: 2,
      withImpactMeasure: { count: 1, of: 2 },
      withComparisonArea: { count: 1, of: 2 },
      withDisplacementCheck: { count: 2, of: 2 },
    });
  });
});
