// Search's facets and result cards read the index's codes in the language in use: facet titles,
// problem types, techniques, outcomes, stages, the two sources and the force-wide library.
import { describe, expect, it } from 'vitest';
import { NOT_ASSESSED, PUBLISHED_TEAM, SOURCE_GOOD_PRACTICE } from '#domain/search/facets';
import { setLanguage, t } from '#client/i18n/index';
import { facetLabel, facetTitle } from '#client/search/ui/facet-labels';

describe('facet labels', () => {
  it('name codes in English, teams by their names, and unknown values as they are', () => {
    expect(facetTitle(t, 'technique')).toBe('What was tried');
    expect(facetLabel(t, 'type', 'begging')).toBe('Begging');
    expect(facetLabel(t, 'technique', 'assist_natural_surveillance')).toBe('Assist natural surveillance');
    expect(facetLabel(t, 'outcome', NOT_ASSESSED)).toBe('Not assessed yet');
    expect(facetLabel(t, 'team', 'north', { north: 'North NPT' })).toBe('North NPT');
    expect(facetLabel(t, 'year', '2026')).toBe('2026');
  });

  it('name the same codes in Welsh after a switch', async () => {
    await setLanguage('cy');
    expect(facetTitle(t, 'type')).toBe('Math o broblem');
    expect(facetLabel(t, 'type', 'begging')).toBe('Cardota');
    expect(facetLabel(t, 'technique', 'assist_natural_surveillance')).toBe(
      'Cynorthwyo gwyliadwriaeth naturiol',
    );
    expect(facetLabel(t, 'status', 'scanning')).toBe('Sganio');
    expect(facetLabel(t, 'source', SOURCE_GOOD_PRACTICE)).toBe('Llyfrgell arfer da');
    expect(facetLabel(t, 'team', PUBLISHED_TEAM)).toBe('Wedi’i gyhoeddi (ar draws yr heddlu)');
  });
});
