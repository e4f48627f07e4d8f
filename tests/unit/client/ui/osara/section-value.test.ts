import { describe, expect, it } from 'vitest';
import { governanceSchema, objectiveSchema, scanningSchema } from '#domain/osara/index';
import { checkSection } from '#client/osara/ui/section-value';
import { getAt, setAt } from '#client/osara/ui/paths';

describe('setAt / getAt', () => {
  it('builds nested objects and arrays, and removes keys and items with undefined', () => {
    const a = setAt({}, ['cheers', 'community', 'met'], true);
    expect(a).toEqual({ cheers: { community: { met: true } } });
    expect(getAt(a, ['cheers', 'community', 'met'])).toBe(true);
    const b = setAt({ persons: [{ id: 'a' }, { id: 'b' }] }, ['persons', 0], undefined);
    expect(b).toEqual({ persons: [{ id: 'b' }] });
    expect(setAt({ impact: 'eliminate', successMeasure: 'x' }, ['impact'], undefined)).toEqual({
      successMeasure: 'x',
    });
  });
});

describe('checkSection: never lose the valid rest of what was typed', () => {
  it('passes a valid draft through unchanged, with no messages', () => {
    const result = checkSection(objectiveSchema, { impact: 'eliminate', successMeasure: 'Zero calls' });
    expect(result.messages).toEqual({});
    expect(result.saveable).toEqual({ impact: 'eliminate', successMeasure: 'Zero calls' });
  });

  it('a person listed twice keeps every other saved person; only the repeat is held back', () => {
    const ann = { id: 'P1', category: 'victim', role: 'shop manager' };
    const bob = { id: 'P2', category: 'witness', role: 'bus driver' };
    const result = checkSection(governanceSchema, { persons: [ann, bob, { ...ann, role: 'repeat' }] });
    expect(result.messages).toEqual({ 'persons.2.id': 'Each person should be listed once' });
    expect(result.saveable).toEqual({ persons: [ann, bob] });
  });

  it('drops only the invalid field and says why beside it', () => {
    const result = checkSection(objectiveSchema, {
      impact: 'reduce_by_percent',
      targetPercent: 150,
      successMeasure: 'Calls',
    });
    expect(result.messages.targetPercent).toBe('Enter a percentage between 1 and 100');
    expect(result.saveable).toEqual({ impact: 'reduce_by_percent', successMeasure: 'Calls' });
  });

  it('drops a half-filled person row as a whole and keeps the others', () => {
    const draft = {
      retentionReviewDate: '2030-01-01',
      persons: [
        { id: 'REF-1', category: 'witness', role: 'shop manager' },
        { id: '', role: '' },
      ],
    };
    const result = checkSection(governanceSchema, draft);
    expect(result.messages['persons.1.id']).toBeDefined();
    expect(result.saveable).toEqual({
      retentionReviewDate: '2030-01-01',
      persons: [{ id: 'REF-1', category: 'witness', role: 'shop manager' }],
    });
  });

  it('keeps the CHEERS answers when the baseline period is given both ways', () => {
    const draft = { cheers: { community: { met: true } }, baselinePeriod: { days: 30, from: '2026-01-01' } };
    const result = checkSection(scanningSchema, draft);
    expect(result.messages['baselinePeriod.days']).toMatch(/not both/);
    expect(result.saveable?.cheers).toEqual({ community: { met: true } });
  });
});
