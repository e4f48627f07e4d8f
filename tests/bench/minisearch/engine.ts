// MiniSearch behind the app engine's search surface, for `npm run bench` only: the maintained
// engine the hand-written one was measured against (and is measured against on every run, so the
// decision can be revisited when MiniSearch changes). Same tokeniser, stop words and stemmer
// (as MiniSearch's processTerm), the same field weights, AND with an OR fallback, prefix matching
// of the word being typed, and the app's facet counting (MiniSearch has no facets). The bench
// prints how many queries the two engines count differently, so a drift shows.
import MiniSearch, { type Query } from 'minisearch';
import type { SearchDocument, SearchQuery, SearchResults } from '#domain/search/engine';
import { FacetTable, type FacetIds } from '#domain/search/facet-counts';
import { isStopWord, stem, words } from '#domain/search/tokenize';
import { parseQuery } from './query';

interface Entry<P> {
  facetIds: FacetIds;
  sortKey: string;
  payload: P;
}

interface Scored<P> {
  id: string;
  score: number;
  entry: Entry<P>;
}

export class MiniSearchIndex<P> {
  private readonly mini: MiniSearch<SearchDocument<P>>;
  private readonly entries = new Map<string, Entry<P>>();
  private readonly facetTable = new FacetTable();
  /** Folded word → index term (null for a stop word): stemming each distinct word once. */
  private readonly terms = new Map<string, string | null>();

  constructor(boosts: Readonly<Record<string, number>>) {
    this.mini = new MiniSearch<SearchDocument<P>>({
      fields: Object.keys(boosts),
      extractField: (doc, field) => (field === 'id' ? doc.id : doc.fields[field]),
      tokenize: words,
      processTerm: (word) => this.term(word),
      searchOptions: { boost: { ...boosts }, weights: { prefix: 0.8, fuzzy: 0 } },
    });
  }

  private term(word: string): string | null {
    let term = this.terms.get(word);
    if (term === undefined) {
      term = isStopWord(word) ? null : stem(word);
      this.terms.set(word, term);
    }
    return term;
  }

  /** Adds the document, replacing any earlier one with the same id. */
  put(doc: SearchDocument<P>): void {
    // discard is MiniSearch's cheap removal: the old terms are swept out later, in the background.
    if (this.mini.has(doc.id)) this.mini.discard(doc.id);
    this.mini.add(doc);
    this.entries.set(doc.id, {
      facetIds: this.facetTable.encode(doc.facets),
      sortKey: doc.sortKey ?? '',
      payload: doc.payload,
    });
  }

  search(query: SearchQuery): SearchResults<P> {
    const parsed = parseQuery(query.text, query.prefix ?? !/\s$/.test(query.text));
    let matchedAll = true;
    let scored: Scored<P>[];
    if (parsed.positions === 0) {
      scored = [];
      for (const [id, entry] of this.entries) scored.push({ id, score: 0, entry });
    } else {
      scored = this.run(parsed.all);
      if (scored.length === 0 && parsed.positions > 1) {
        matchedAll = false;
        scored = this.run(parsed.any);
      }
    }
    const { passed, counts } = this.facetTable.filterAndCount(
      scored.map((s) => s.entry.facetIds),
      query.filters,
      query.facets,
    );
    const matched = passed.flatMap((i) => scored[i] ?? []);
    const hits = topOf(matched, query.limit ?? 50).map((s) => ({
      id: s.id,
      score: s.score,
      payload: s.entry.payload,
    }));
    return { hits, total: matched.length, facets: counts, matchedAll };
  }

  private run(query: Query): Scored<P>[] {
    const out: Scored<P>[] = [];
    for (const r of this.mini.search(query)) {
      const id = String(r.id);
      const entry = this.entries.get(id);
      if (entry !== undefined) out.push({ id, score: r.score, entry });
    }
    return out;
  }
}

/** The best `limit` results, best first (score, then sort key), as the app's engine orders them. */
function topOf<P>(candidates: readonly Scored<P>[], limit: number): Scored<P>[] {
  const better = (a: Scored<P>, b: Scored<P>): boolean =>
    a.score !== b.score ? a.score > b.score : a.entry.sortKey > b.entry.sortKey;
  const top: Scored<P>[] = [];
  for (const s of candidates) {
    const worst = top[top.length - 1];
    if (top.length >= limit && (worst === undefined || !better(s, worst))) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = top[mid];
      if (at === undefined || better(s, at)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, s);
    if (top.length > limit) top.pop();
  }
  return top;
}
