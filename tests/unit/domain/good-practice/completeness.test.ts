import { describe, expect, it } from 'vitest';
import { goodPracticeCompleteness } from '#domain/good-practice/completeness';
import { evaluation, personalProblem } from './fixtures';

const unmet = (...args: Parameters<typeof goodPracticeCompleteness>) =>
  goodPracticeCompleteness(...args)
    .checks.filter((c) => !c.met)
    .map((c) => c.code);

describe('goodPracticeCompleteness', () => {
  it('passes all six checks for a fully evaluated problem', () => {
    const result = goodPracticeCompleteness(personalProblem(), evaluation());
    expect(result).toMatchObject({ met: 6, total: 6, complete: true });
    expect(result.checks.every((c) => c.missingEn === '')).toBe(true);
  });

  it('fails every check for a bare problem, each with what is missing', () => {
    const result = goodPracticeCompleteness({}, undefined);
    expect(result.checks.map((c) => c.code)).toEqual([
      'objective_stated',
      'impact_measured',
      'comparison_area_used',
      'displacement_checked',
      'mechanism_explained',
      'cost_given',
    ]);
    expect(result.met).toBe(0);
    expect(result.complete).toBe(false);
    for (const check of result.checks) expect(check.missingEn).toMatch(/^[A-Z].*\.$/);
  });

  it('needs an objective with its success measure', () => {
    const { objective } = personalProblem();
    expect(
      unmet({ ...personalProblem(), objective: { ...objective, successMeasure: '  ' } }, evaluation()),
    ).toEqual(['objective_stated']);
  });

  it('counts impact as measured from both response counts, or from the reduction achieved', () => {
    const noAchieved = {
      ...personalProblem(),
      assessment: { outcome: 'reduce_by_percent' as const, costNotes: 'x' },
    };
    expect(unmet(noAchieved, evaluation({ response: { before: 3 } }))).toContain('impact_measured');
    expect(unmet(noAchieved, evaluation())).not.toContain('impact_measured');
    expect(unmet(personalProblem(), evaluation({ response: undefined }))).not.toContain('impact_measured');
  });

  it('needs both comparison-area counts', () => {
    expect(unmet(personalProblem(), evaluation({ control: { after: 4 } }))).toEqual(['comparison_area_used']);
    expect(unmet(personalProblem(), evaluation({ control: { before: 0, after: 0 } }))).toEqual([]);
  });

  it('counts displacement as checked from buffer counts or the officer’s tick', () => {
    expect(unmet(personalProblem(), evaluation({ buffer: undefined, displacementChecked: false }))).toEqual([
      'displacement_checked',
    ]);
    expect(unmet(personalProblem(), evaluation({ buffer: undefined, displacementChecked: true }))).toEqual(
      [],
    );
    expect(unmet(personalProblem(), evaluation({ displacementChecked: false }))).toEqual([]);
  });

  it('reads the mechanism and cost from the evaluation or the assessment', () => {
    const bare = { ...personalProblem(), assessment: {} };
    expect(unmet(bare, evaluation({ emmie: {} }))).toEqual(
      ['impact_measured', 'mechanism_explained', 'cost_given'].filter((c) => c !== 'impact_measured'),
    );
    const fromAssessment = {
      ...personalProblem(),
      assessment: { emmie: { mechanism: 'Locks' }, costNotes: '£600' },
    };
    expect(unmet(fromAssessment, evaluation({ emmie: {} }))).toEqual([]);
  });
});
