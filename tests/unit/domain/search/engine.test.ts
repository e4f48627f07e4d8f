import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDocument } from '#domain/search/engine';

type Doc = SearchDocument<string>;

function doc(id: string, title: string, body = '', facets: Doc['facets'] = {}, sortKey = ''): Doc {
  return { id, fields: { title, body }, facets, sortKey, payload: id };
}

function index(...docs: Doc[]): SearchIndex<string> {
  const ix = new SearchIndex<string>({ boosts: { title: 3 } });
  for (const d of docs) ix.put(d);
  return ix;
}

const ids = (ix: SearchIndex<string>, text: string, extra: object = {}) =>
  ix.search({ text, ...extra }).hits.map((h) => h.id);

describe('SearchIndex', () => {
  it('finds a plural through the singular and ranks a title match above a body match', () => {
    const ix = index(
      doc('body', 'Garage break-ins', 'Several burglaries of garages on the estate'),
      doc('title', 'Burglary on Elm Street', 'Houses entered through rear doors'),
      doc('none', 'Street drinking', 'Cans left by the bench'),
    );
    expect(ids(ix, 'burglaries ')).toEqual(['title', 'body']);
  });

  it('needs every word, and falls back to any word when nothing has them all', () => {
    const ix = index(doc('a', 'alley gating'), doc('b', 'alley lighting'), doc('c', 'park lighting'));
    expect(ids(ix, 'alley lighting ')).toEqual(['b']);
    const loose = ix.search({ text: 'alley benches ' });
    expect(loose.matchedAll).toBe(false);
    expect(loose.hits.map((h) => h.id).sort()).toEqual(['a', 'b']);
  });

  it('matches the last word as a prefix while it is being typed, not once a space follows', () => {
    const ix = index(doc('a', 'Shoplifting from the Co-op'), doc('b', 'Shop doorway begging'));
    expect(ids(ix, 'shopl').sort()).toEqual(['a']);
    expect(ids(ix, 'sho').sort()).toEqual(['a', 'b']);
    expect(ids(ix, 'sho ')).toEqual([]);
    // A stop word being typed may be the start of a word.
    const theft = index(doc('t', 'Theft from vans'));
    expect(ids(theft, 'the')).toEqual(['t']);
  });

  it('counts facets over the matches, each facet ignoring its own filter', () => {
    const ix = index(
      doc('1', 'burglary one', '', {
        type: ['burglary'],
        technique: ['target_harden', 'set_rules'],
        year: ['2024'],
      }),
      doc('2', 'burglary two', '', { type: ['burglary'], technique: ['target_harden'], year: ['2025'] }),
      doc('3', 'burglary three', '', { type: ['vehicle'], technique: ['enforcement'], year: ['2025'] }),
      doc('4', 'street drinking', '', { type: ['drinking'], technique: ['set_rules'], year: ['2025'] }),
    );
    const all = ix.search({ text: 'burglary' });
    expect(all.total).toBe(3);
    expect(all.facets.type).toEqual([
      { value: 'burglary', count: 2 },
      { value: 'vehicle', count: 1 },
    ]);
    expect(all.facets.technique).toContainEqual({ value: 'target_harden', count: 2 });

    const filtered = ix.search({ text: 'burglary', filters: { type: ['burglary'], year: ['2025'] } });
    expect(filtered.hits.map((h) => h.id)).toEqual(['2']);
    // The type counts ignore the type filter but respect the year filter.
    expect(filtered.facets.type).toEqual([
      { value: 'burglary', count: 1 },
      { value: 'vehicle', count: 1 },
    ]);
    // The year counts ignore the year filter but respect the type filter.
    expect(filtered.facets.year).toEqual([
      { value: '2024', count: 1 },
      { value: '2025', count: 1 },
    ]);
    // Two values of one facet: either matches.
    expect(ix.search({ text: '', filters: { type: ['vehicle', 'drinking'] } }).total).toBe(2);
  });

  it('lists everything newest first for an empty query', () => {
    const ix = index(
      doc('old', 'x', '', {}, '2024'),
      doc('new', 'y', '', {}, '2026'),
      doc('mid', 'z', '', {}, '2025'),
    );
    expect(ids(ix, '')).toEqual(['new', 'mid', 'old']);
  });

  it('follows updates and removals without a rebuild', () => {
    const ix = index(doc('a', 'graffiti on the underpass'), doc('b', 'graffiti at the school'));
    ix.put(doc('a', 'fly-tipping behind the shops'));
    expect(ids(ix, 'graffiti ')).toEqual(['b']);
    expect(ids(ix, 'fly ')).toEqual(['a']);
    expect(ix.remove('b')).toBe(true);
    expect(ix.remove('b')).toBe(false);
    expect(ids(ix, 'graffiti ')).toEqual([]);
    expect(ids(ix, 'graf')).toEqual([]);
    expect(ix.size).toBe(1);
    expect(ix.documentFrequency('graffiti')).toBe(0);
  });

  it('limits the hits but counts them all', () => {
    const ix = index(...Array.from({ length: 30 }, (_, i) => doc(String(i), `begging case ${String(i)}`)));
    const result = ix.search({ text: 'begging ', limit: 5 });
    expect(result.hits).toHaveLength(5);
    expect(result.total).toBe(30);
  });
});
