import { describe, expect, it } from 'vitest';
import { wdqInterpretationText } from '#domain/assessment';
import { evaluationView, formatMeasure } from '#domain/good-practice/evaluation-view';

const P = '0190a5c0-0000-7000-8000-0000000000aa';

describe('evaluationView', () => {
  it('reads a diffusion of benefits in plain English, with the WDD and Poisson readings', () => {
    const view = evaluationView({
      problemId: P,
      response: { before: 100, after: 50 },
      buffer: { before: 60, after: 40 },
      control: { before: 100, after: 100 },
    });
    expect(view.wdq?.interpretation).toBe('diffusion');
    expect(view.reading[0]).toBe(wdqInterpretationText.diffusion);
    expect(view.reading[0]).toMatch(/crime fell in the response area relative to the comparison area/i);
    expect(view.reading[1]).toMatch(
      /^Across the response and buffer areas, net of the comparison area: 70 fewer incidents/,
    );
    expect(view.reading[1]).toContain('unlikely to be chance');
    expect(view.poisson.map((p) => p.area)).toEqual(['response', 'buffer', 'control']);
    expect(view.waitingFor).toBeNull();
  });

  it('shows the reason, never NaN, when the comparison area had no incidents', () => {
    const view = evaluationView({
      problemId: P,
      response: { before: 5, after: 2 },
      buffer: { before: 1, after: 1 },
      control: { before: 0, after: 0 },
    });
    expect(view.wdq?.interpretation).toBe('not_calculable');
    expect(view.wdq && formatMeasure(view.wdq.wdq)).toMatch(/comparison area had no incidents/);
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity/);
  });

  it('waits for missing areas but still reads the areas that have counts', () => {
    const view = evaluationView({ problemId: P, response: { before: 16, after: 25 } });
    expect(view.wdq).toBeNull();
    expect(view.waitingFor).toBe(
      'Enter before and after counts for the buffer area, comparison area to calculate the displacement measures.',
    );
    expect(view.poisson).toHaveLength(1);
    expect(view.poisson[0]?.z).toBe(2);
    expect(view.reading).toEqual([
      'Response area: incidents rose (Z = 2); a change this large is unlikely to be chance.',
    ]);
  });

  it('scales unequal periods and says so', () => {
    const view = evaluationView({
      problemId: P,
      beforeStart: '2026-01-01',
      beforeEnd: '2026-01-30',
      afterStart: '2026-02-01',
      afterEnd: '2026-03-31',
      response: { before: 30, after: 30 },
      buffer: { before: 10, after: 20 },
      control: { before: 30, after: 60 },
    });
    expect(view.beforeDays).toBe(30);
    expect(view.afterDays).toBe(59);
    expect(view.periodNote).toMatch(/differ \(30 days before, 59 after\)/);
    // After scaling, the response area halves relative to control.
    expect(view.wdq?.successMeasure.value).toBeLessThan(0);
  });

  it('refuses periods that overlap or run backwards, next to the field', () => {
    const view = evaluationView({
      problemId: P,
      beforeStart: '2026-02-01',
      beforeEnd: '2026-01-01',
      afterStart: '2025-12-20',
      afterEnd: '2025-12-10',
      response: { before: 1, after: 1 },
    });
    expect(view.periodIssues).toEqual({
      beforeEnd: 'The before period must end on or after its start.',
      afterEnd: 'The after period must end on or after its start.',
      afterStart: 'The after period must start after the before period ends.',
    });
    expect(view.poisson).toEqual([]);
    expect(view.waitingFor).toBe('Correct the dates to calculate the measures.');
  });
});
