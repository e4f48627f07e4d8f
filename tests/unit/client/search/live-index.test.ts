import { describe, expect, it } from 'vitest';
import { SearchIndex } from '#domain/search/engine';
import { documentIndexOptions, type SearchCard } from '#domain/search/documents';
import { applyRecords, searchedTeams } from '#client/search/data/live-index';
import { action, problem, published } from '../../domain/search/fixtures';

describe('the live index', () => {
  it('re-puts only changed documents and removes records that went away', () => {
    const index = new SearchIndex<SearchCard>(documentIndexOptions);
    const stamps = new Map<string, string>();
    const p = problem({ title: 'Graffiti on the underpass' });
    const copy = published({ title: 'Alley gating in Northfield' });
    expect(
      applyRecords(index, stamps, { problems: [p], actions: [], evaluations: [], published: [copy] }),
    ).toBe(true);
    expect(index.size).toBe(2);
    // Nothing changed: nothing re-indexed.
    expect(
      applyRecords(index, stamps, { problems: [p], actions: [], evaluations: [], published: [copy] }),
    ).toBe(false);
    // A new action on the problem changes its document.
    const a = action(p.id, { description: 'Anti-graffiti paint', techniques: ['deny_benefits'] });
    expect(
      applyRecords(index, stamps, { problems: [p], actions: [a], evaluations: [], published: [copy] }),
    ).toBe(true);
    expect(index.search({ text: 'deny benefits ' }).total).toBe(1);
    // The copy leaves the device.
    expect(applyRecords(index, stamps, { problems: [p], actions: [a], evaluations: [], published: [] })).toBe(
      true,
    );
    expect(index.search({ text: 'alley ' }).total).toBe(0);
  });

  it('searches my teams for officers and everything on the device for force-wide roles', () => {
    const teams = [{ id: 'north', name: 'North' }];
    expect(searchedTeams({ id: 'u', username: 'pc', displayName: 'PC', role: 'officer', teams })).toEqual([
      'north',
    ]);
    expect(
      searchedTeams({ id: 'u', username: 'pl', displayName: 'PL', role: 'prevention_lead', teams: [] }),
    ).toBeNull();
  });
});
