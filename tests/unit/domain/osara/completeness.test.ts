import { describe, expect, it } from 'vitest';
import { osaraSections, sectionCompleteness, type OsaraProblem } from '#domain/osara/index';
import { action, OTHER_PROBLEM_ID, PROBLEM_ID } from './fixtures';

const bare: OsaraProblem = { id: PROBLEM_ID, teamId: 'north', status: 'scanning' };

const yes = { met: true };
const full: OsaraProblem = {
  ...bare,
  objective: { impact: 'eliminate', successMeasure: 'No calls about the underpass for three months' },
  scanning: {
    cheers: {
      community: yes,
      harmful: yes,
      expectation: yes,
      events: yes,
      recurring: yes,
      similarity: { met: false },
    },
    source: 'community_meeting',
    baselineCount: 0,
    baselinePeriod: { from: '2040-01-01', to: '2040-03-31' },
  },
  analysis: {
    offender: { description: 'Older teenagers from the estate', controller: 'weak' },
    victim: { description: 'Commuters on foot', controller: 'absent' },
    place: { description: 'Unlit underpass', controller: 'present' },
    whenWhere: 'Weekday evenings, 17:00–20:00',
    dataSources: ['Calls for service'],
    hypotheses: ['Poor lighting removes natural surveillance'],
  },
  assessment: {
    processEvaluation: 'Lights fitted in week two.',
    deliveredAsPlanned: 'partly',
    outcome: 'reduce_harm',
    lessonsLearned: 'Involve the council earlier.',
    closureReason: 'partly_met',
  },
  governance: { retentionReviewDate: '2046-01-01' },
};

describe('sectionCompleteness', () => {
  it('reports every section, in OSARA order', () => {
    expect(Object.keys(sectionCompleteness(bare))).toEqual(osaraSections.map((s) => s.code));
  });

  it('marks a fully written problem with an action as complete in every section', () => {
    const result = sectionCompleteness(full, [action({ status: 'planned' })]);
    for (const section of osaraSections)
      expect(result[section.code]).toEqual({ complete: true, missing: [] });
  });

  it('lists what is missing from an empty problem', () => {
    const result = sectionCompleteness(bare);
    expect(result.objective.missing).toEqual(['impact', 'successMeasure']);
    expect(result.scanning.missing).toEqual([
      'cheers.community',
      'cheers.harmful',
      'cheers.expectation',
      'cheers.events',
      'cheers.recurring',
      'cheers.similarity',
      'source',
      'baselineCount',
      'baselinePeriod',
    ]);
    expect(result.analysis.missing).toEqual([
      'offender.description',
      'offender.controller',
      'victim.description',
      'victim.controller',
      'place.description',
      'place.controller',
      'whenWhere',
      'dataSources',
      'hypotheses',
    ]);
    expect(result.response.missing).toEqual(['actions']);
    expect(result.assessment.missing).toEqual([
      'processEvaluation',
      'deliveredAsPlanned',
      'outcome',
      'lessonsLearned',
      'closureReason',
    ]);
    expect(result.governance.missing).toEqual(['retentionReviewDate']);
    for (const section of osaraSections) expect(result[section.code].complete).toBe(false);
  });

  it('asks for a target percentage only when the aim is a percentage reduction', () => {
    const objective = { impact: 'reduce_by_percent', successMeasure: 'Calls per week' } as const;
    expect(sectionCompleteness({ ...full, objective }).objective.missing).toEqual(['targetPercent']);
    expect(
      sectionCompleteness({ ...full, objective: { ...objective, targetPercent: 20 } }).objective.complete,
    ).toBe(true);
  });

  it('treats an undecided CHEERS answer (null) as not yet answered', () => {
    const scanning = { ...full.scanning, cheers: { ...full.scanning?.cheers, recurring: { met: null } } };
    expect(sectionCompleteness({ ...full, scanning }).scanning.missing).toEqual(['cheers.recurring']);
  });

  it('accepts a baseline period given as days, but not a half-filled date range', () => {
    const days = { ...full.scanning, baselinePeriod: { days: 90 } };
    expect(sectionCompleteness({ ...full, scanning: days }).scanning.complete).toBe(true);
    const half = { ...full.scanning, baselinePeriod: { from: '2040-01-01' } };
    expect(sectionCompleteness({ ...full, scanning: half }).scanning.missing).toEqual(['baselinePeriod']);
  });

  it('treats blank text and empty lists as missing in Analysis', () => {
    const analysis = { ...full.analysis, whenWhere: '  ', hypotheses: [] };
    expect(sectionCompleteness({ ...full, analysis }).analysis.missing).toEqual(['whenWhere', 'hypotheses']);
  });

  it('counts only this problem’s live actions for Response', () => {
    const ignored = [
      action({ status: 'cancelled' }),
      action({ deleted: true }),
      action({ problemId: OTHER_PROBLEM_ID }),
    ];
    expect(sectionCompleteness(full, ignored).response.complete).toBe(false);
    expect(sectionCompleteness(full, [...ignored, action({ status: 'done' })]).response.complete).toBe(true);
  });

  it('does not require any person to be named in Governance', () => {
    const governance = { retentionReviewDate: '2046-01-01', persons: [] };
    expect(sectionCompleteness({ ...full, governance }).governance.complete).toBe(true);
  });

  it('needs lessons learned for a complete Assessment, though the closure gate does not', () => {
    const assessment = { ...full.assessment, lessonsLearned: '' };
    expect(sectionCompleteness({ ...full, assessment }).assessment.missing).toEqual(['lessonsLearned']);
  });
});
