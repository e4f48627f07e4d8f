import { describe, expect, it } from 'vitest';
import {
  analysisSchema,
  assessmentSchema,
  governanceSchema,
  objectiveSchema,
  osaraSectionsSchema,
  PERSON_ROLE_MAX,
  scanningSchema,
} from '#domain/osara/index';
import { messagesOf } from './fixtures';

describe('partial sections', () => {
  it.each([
    ['objective', objectiveSchema],
    ['scanning', scanningSchema],
    ['analysis', analysisSchema],
    ['assessment', assessmentSchema],
    ['governance', governanceSchema],
  ])('%s accepts an empty draft and refuses unknown fields', (_name, schema) => {
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ notAField: 'x' }).success).toBe(false);
  });

  it('accepts a problem with any mix of sections', () => {
    const draft = { objective: { impact: 'eliminate' }, governance: {} };
    expect(osaraSectionsSchema.parse(draft)).toEqual(draft);
  });
});

describe('objectiveSchema', () => {
  it('speaks plain English about a bad impact or percentage', () => {
    expect(messagesOf(objectiveSchema.safeParse({ impact: 'win', targetPercent: 0 }))).toEqual({
      impact: 'Choose the impact you are aiming for',
      targetPercent: 'Enter a percentage between 1 and 100',
    });
    expect(messagesOf(objectiveSchema.safeParse({ targetPercent: 101 }))).toEqual({
      targetPercent: 'Enter a percentage between 1 and 100',
    });
  });

  it('keeps a leftover target percentage in a draft rather than refusing to save it', () => {
    expect(objectiveSchema.safeParse({ impact: 'eliminate', targetPercent: 20 }).success).toBe(true);
  });

  it('trims the success measure and limits its length', () => {
    expect(objectiveSchema.parse({ successMeasure: '  Calls per week ' }).successMeasure).toBe(
      'Calls per week',
    );
    expect(messagesOf(objectiveSchema.safeParse({ successMeasure: 'x'.repeat(1001) }))).toEqual({
      successMeasure: 'Keep the success measure under 1000 characters',
    });
  });
});

describe('scanningSchema', () => {
  it('accepts CHEERS answers of yes, no or undecided, for known elements only', () => {
    const cheers = { community: { met: true }, harmful: { met: null, notes: 'Ask the council' } };
    expect(scanningSchema.safeParse({ cheers }).success).toBe(true);
    expect(scanningSchema.safeParse({ cheers: { cheerful: { met: true } } }).success).toBe(false);
    expect(messagesOf(scanningSchema.safeParse({ cheers: { events: { met: 'yes' } } }))).toEqual({
      'cheers.events.met': 'Answer yes or no',
    });
  });

  it('accepts a baseline as two dates or as a number of days', () => {
    expect(
      scanningSchema.safeParse({ baselinePeriod: { from: '2040-01-01', to: '2040-01-31' } }).success,
    ).toBe(true);
    expect(scanningSchema.safeParse({ baselinePeriod: { days: 28 } }).success).toBe(true);
  });

  it('refuses a baseline that ends before it starts, or gives both dates and days', () => {
    expect(
      messagesOf(scanningSchema.safeParse({ baselinePeriod: { from: '2040-02-01', to: '2040-01-31' } })),
    ).toEqual({ 'baselinePeriod.to': 'The baseline period must end on or after the day it starts' });
    const both = { baselinePeriod: { from: '2040-01-01', to: '2040-01-31', days: 31 } };
    expect(messagesOf(scanningSchema.safeParse(both))).toEqual({
      'baselinePeriod.days': 'Give the baseline period as dates or as a number of days, not both',
    });
  });

  it('refuses a negative or fractional baseline count and a source not in the list', () => {
    expect(messagesOf(scanningSchema.safeParse({ baselineCount: -1, source: 'rumour' }))).toEqual({
      baselineCount: 'The baseline count cannot be negative',
      source: 'Choose how the problem came to notice',
    });
    expect(scanningSchema.safeParse({ baselineCount: 2.5 }).success).toBe(false);
  });

  it('refuses empty or repeated incident references', () => {
    expect(messagesOf(scanningSchema.safeParse({ incidentRefs: ['CAD 123', ' '] }))).toEqual({
      'incidentRefs.1': 'Remove the empty incident reference',
    });
    expect(messagesOf(scanningSchema.safeParse({ incidentRefs: ['CAD 123', 'CAD 123'] }))).toEqual({
      incidentRefs: 'Each incident reference should be listed once',
    });
  });
});

describe('analysisSchema', () => {
  it('rates each controller present, weak or absent', () => {
    expect(analysisSchema.safeParse({ place: { controller: 'weak' } }).success).toBe(true);
    expect(messagesOf(analysisSchema.safeParse({ offender: { controller: 'strong' } }))).toEqual({
      'offender.controller': 'Choose present, weak or absent',
    });
  });

  it('takes each repeat type once', () => {
    expect(analysisSchema.safeParse({ repeatTypes: ['repeat_place', 'repeat_victim'] }).success).toBe(true);
    expect(messagesOf(analysisSchema.safeParse({ repeatTypes: ['repeat_place', 'repeat_place'] }))).toEqual({
      repeatTypes: 'Choose each repeat type once',
    });
  });

  it('limits the number of hypotheses', () => {
    const hypotheses = Array.from({ length: 21 }, (_, i) => `Hypothesis ${i}`);
    expect(messagesOf(analysisSchema.safeParse({ hypotheses }))).toEqual({
      hypotheses: 'List at most 20 hypotheses',
    });
  });
});

describe('assessmentSchema', () => {
  it('records an outcome on the impact scale, or no effect', () => {
    expect(assessmentSchema.safeParse({ outcome: 'no_effect', deliveredAsPlanned: 'partly' }).success).toBe(
      true,
    );
    expect(messagesOf(assessmentSchema.safeParse({ outcome: 'great', closureReason: 'bored' }))).toEqual({
      outcome: 'Choose the outcome',
      closureReason: 'Choose a closure reason',
    });
  });

  it('takes EMMIE notes and refuses a save time that is not a timestamp', () => {
    expect(assessmentSchema.safeParse({ emmie: { mechanism: 'Lighting' } }).success).toBe(true);
    expect(assessmentSchema.safeParse({ updatedAt: 'yesterday' }).success).toBe(false);
  });
});

describe('governanceSchema: people by category and role, no personal detail', () => {
  const person = { id: 'NICHE-12345', category: 'witness', role: 'shop manager' };

  it('accepts a person as reference, category and short role', () => {
    expect(governanceSchema.safeParse({ retentionReviewDate: '2046-01-01', persons: [person] }).success).toBe(
      true,
    );
  });

  it('has nowhere to put a name, address or date of birth', () => {
    for (const extra of [{ name: 'Jane Smith' }, { address: '1 Elm St' }, { dateOfBirth: '1990-01-01' }]) {
      expect(governanceSchema.safeParse({ persons: [{ ...person, ...extra }] }).success).toBe(false);
    }
  });

  it('keeps the role short', () => {
    expect(PERSON_ROLE_MAX).toBe(60);
    const long = { ...person, role: 'x'.repeat(PERSON_ROLE_MAX + 1) };
    expect(messagesOf(governanceSchema.safeParse({ persons: [long] }))).toEqual({
      'persons.0.role': 'Keep the role under 60 characters and leave out names',
    });
    expect(governanceSchema.safeParse({ persons: [{ ...person, role: 'x'.repeat(60) }] }).success).toBe(true);
  });

  it('needs a category and a role for each person, and lists each once', () => {
    expect(messagesOf(governanceSchema.safeParse({ persons: [{ id: 'P1', role: ' ' }] }))).toEqual({
      'persons.0.category': 'Choose victim, witness, suspect or other',
      'persons.0.role': 'Describe their role, e.g. "shop manager"',
    });
    expect(messagesOf(governanceSchema.safeParse({ persons: [person, person] }))).toEqual({
      'persons.1.id': 'Each person should be listed once',
    });
  });

  it('refuses a retention date that is not a date', () => {
    expect(messagesOf(governanceSchema.safeParse({ retentionReviewDate: '01/01/2046' }))).toEqual({
      retentionReviewDate: 'Enter a date as year, month and day',
    });
  });
});
