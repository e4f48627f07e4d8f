import { t } from '#client/i18n/index';
import { describe, expect, it } from 'vitest';
import { sectionCompleteness, type OsaraProblem } from '#domain/osara/index';
import { missingPhrases, sectionStateText } from '#client/osara/ui/section-missing';

const answered = { met: true };
const problem = {
  id: 'p1',
  scanning: {
    cheers: {
      community: answered,
      harmful: answered,
      expectation: answered,
      events: answered,
      recurring: answered,
      similarity: answered,
    },
    source: 'public_report',
  },
} as unknown as OsaraProblem;

describe('what a section is missing, in plain words', () => {
  it('every CHEERS question answered: says the baseline count and period are what is left', () => {
    const missing = sectionCompleteness(problem).scanning.missing;
    expect(sectionStateText(t, missing)).toBe('Baseline count and period');
  });

  it('merges related paths and keeps the order of the form', () => {
    expect(missingPhrases(t, ['cheers.events', 'cheers.recurring', 'source', 'baselinePeriod'])).toEqual([
      'CHEERS: events and recurring',
      'How it came to notice',
      'Baseline period',
    ]);
    expect(
      missingPhrases(t, ['offender.controller', 'victim.description', 'victim.controller', 'hypotheses']),
    ).toEqual(['Offender: handler', 'Victim or target: description and guardian', 'Hypotheses']);
  });

  it('an empty section lists the first two things and how many more', () => {
    const missing = sectionCompleteness({ id: 'p1' } as unknown as OsaraProblem).analysis.missing;
    expect(sectionStateText(t, missing)).toBe(
      'Offender: description and handler; Victim or target: description and guardian; 4 more',
    );
  });

  it('says Complete when nothing is missing, and names a missing action', () => {
    expect(sectionStateText(t, [])).toBe('Complete');
    expect(sectionStateText(t, ['actions'])).toBe('At least one action');
    expect(sectionStateText(t, ['retentionReviewDate'])).toBe('Retention review date');
  });
});
