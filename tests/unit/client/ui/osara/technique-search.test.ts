import { t } from '#client/i18n/index';
import { describe, expect, it } from 'vitest';
import { matchingGroups, TECHNIQUE_GROUPS } from '#client/osara/ui/technique-search';
import { actionSummary } from '#client/osara/ui/action-summary';
import { emptyDraft } from '#client/osara/ui/action-draft';

describe('the technique picker', () => {
  it('holds the 25 techniques under the five purposes, then the non-situational tags', () => {
    const situational = TECHNIQUE_GROUPS.slice(0, 5);
    expect(situational.map((g) => g.en)).toEqual([
      'Increase the effort',
      'Increase the risks',
      'Reduce the rewards',
      'Reduce provocations',
      'Remove excuses',
    ]);
    expect(situational.flatMap((g) => g.terms)).toHaveLength(25);
    expect(TECHNIQUE_GROUPS.at(-1)?.en).toBe('Not situational');
  });

  it('finds techniques by every word typed, in any case, keeping their purpose', () => {
    const found = matchingGroups('Surveillance');
    expect(found.map((g) => g.en)).toEqual(['Increase the risks']);
    expect(found[0]?.terms.map((t) => t.en)).toContain('Assist natural surveillance');
    expect(matchingGroups('natural surv').flatMap((g) => g.terms.map((t) => t.en))).toEqual([
      'Assist natural surveillance',
    ]);
    // A purpose's words find its techniques too.
    expect(matchingGroups('rewards')[0]?.terms.length).toBeGreaterThan(0);
    expect(matchingGroups('zzz')).toEqual([]);
    expect(matchingGroups('  ')).toHaveLength(TECHNIQUE_GROUPS.length);
  });
});

describe('a folded action', () => {
  it('sums up what, status, due date and techniques on one line', () => {
    const draft = {
      ...emptyDraft(),
      description: 'Ask the council to light the rear service road\nand the car park',
      status: 'in_progress',
      dueDate: '2026-12-05',
      techniques: ['assist_natural_surveillance'],
    };
    expect(actionSummary(t, draft)).toBe(
      'Ask the council to light the rear service road · In progress · due 5 Dec 2026 · 1 technique',
    );
    expect(actionSummary(t, emptyDraft())).toBe('No description yet · Planned · 0 techniques');
    expect(actionSummary(t, { ...draft, description: 'x'.repeat(80) }).split(' · ')[0]).toHaveLength(60);
  });
});
