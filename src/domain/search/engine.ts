// The device's search index: MiniSearch (BM25+ ranking, prefix matching, one-document updates)
// with our tokeniser and stemmer, plus facets with counts, which MiniSearch does not have. Pure
// and synchronous: the app builds one per device from its local records (src/client/search), and
// the benchmark builds one from 10,000 generated problems in Chromium.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { FacetTable, type FacetCount, type FacetIds, type Filters } from './facet-counts';
import { anyOf, parseQuery } from './query';
import { isStopWord, stem, words } from './tokenize';

export type { FacetCount, Filters } from './facet-counts';

export interface SearchDocument<P> {
  /** Unique across everything in the index (e.g. `problem:<id>`, `published:<id>`). */
  id: string;
  /** Text by field name; only the fields named in the index options are read. */
  fields: Readonly<Record<string, string | undefined>>;
  /** Facet values by facet name (several values, e.g. techniques, or one). */
  facets: Readonly<Record<string, readonly string[] | undefined>>;
  /** Orders results with equal scores, and everything when there is no query: larger first. */
  sortKey?: string;
  /** What a result shows; the index stores it and never reads it. */
  payload: P;
}

export interface IndexOptions {
  /** The text fields searched, each with its weight. */
  boosts: Readonly<Record<string, number>>;
}

export interface SearchQuery {
  text: string;
  /** Within a facet any chosen value matches; across facets all must. */
  filters?: Filters;
  /** Facets to count (default: every facet seen). */
  facets?: readonly string[];
  /** How many hits to return (default 50); `total` still counts them all. */
  limit?: number;
  /** Treat the last word as a prefix (default: unless the text ends in a space). */
  prefix?: boolean;
}

export interface Hit<P> {
  id: string;
  score: number;
  payload: P;
}

export interface SearchResults<P> {
  hits: Hit<P>[];
  total: number;
  /** Counts per facet value among the matches, each facet ignoring its own filter. */
  facets: Record<string, FacetCount[]>;
  /** False when no document had every word and the results match any of them instead. */
  matchedAll: boolean;
}

/** Which of the asked terms a document has, and in which fields (for similar problems). */
export interface TermMatch {
  id: string;
  score: number;
  fieldsByTerm: Readonly<Record<string, readonly string[]>>;
}

interface Entry<P> {
  facetIds: FacetIds;
  sortKey: string;
  payload: P;
}

interface Scored<P> {
  id: string;
  score: number;
  facetIds: FacetIds;
  entry: Entry<P>;
}

export class SearchIndex<P> {
  private readonly mini: MiniSearch<SearchDocument<P>>;
  private readonly entries = new Map<string, Entry<P>>();
  private readonly facetTable = new FacetTable();
  /** Folded word → index term (null for a stop word): stemming each distinct word once. */
  private readonly terms = new Map<string, string | null>();

  constructor(options: IndexOptions) {
    this.mini = new MiniSearch<SearchDocument<P>>({
      fields: Object.keys(options.boosts),
      extractField: (doc, field) => (field === 'id' ? doc.id : doc.fields[field]),
      tokenize: words,
      processTerm: (word) => this.term(word),
      searchOptions: { boost: { ...options.boosts }, weights: { prefix: 0.8, fuzzy: 0 } },
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

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  payload(id: string): P | undefined {
    return this.entries.get(id)?.payload;
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

  /** Removes a document; false when it was not there. */
  remove(id: string): boolean {
    if (!this.entries.delete(id)) return false;
    this.mini.discard(id);
    return true;
  }

  /** Ids of documents with the given facet value. */
  idsWithFacet(facet: string, value: string): string[] {
    const ids: string[] = [];
    for (const [id, entry] of this.entries) if (this.facetTable.has(entry.facetIds, facet, value)) ids.push(id);
    return ids;
  }

  /** Documents with any of these index terms, BM25-scored, with where each term was found. */
  matchAny(terms: readonly string[]): TermMatch[] {
    if (terms.length === 0) return [];
    return this.mini
      .search(anyOf(terms))
      .map((r) => ({ id: String(r.id), score: r.score, fieldsByTerm: r.match }));
  }

  search(query: SearchQuery): SearchResults<P> {
    const parsed = parseQuery(query.text, query.prefix ?? !/\s$/.test(query.text));
    let matchedAll = true;
    let scored: Scored<P>[];
    if (parsed.positions === 0) {
      scored = [];
      for (const [id, entry] of this.entries) scored.push({ id, score: 0, facetIds: entry.facetIds, entry });
    } else {
      scored = this.run(parsed.all);
      if (scored.length === 0 && parsed.positions > 1) {
        matchedAll = false;
        scored = this.run(parsed.any);
      }
    }
    const { passed, counts } = this.facetTable.filterAndCount(scored, query.filters, query.facets);
    const hits = topOf(passed, query.limit ?? 50).map((s) => ({
      id: s.id,
      score: s.score,
      payload: s.entry.payload,
    }));
    return { hits, total: passed.length, facets: counts, matchedAll };
  }

  private run(query: Query): Scored<P>[] {
    const out: Scored<P>[] = [];
    for (const r of this.mini.search(query) as SearchResult[]) {
      const id = String(r.id);
      const entry = this.entries.get(id);
      if (entry !== undefined) out.push({ id, score: r.score, facetIds: entry.facetIds, entry });
    }
    return out;
  }
}

/** The best `limit` results, best first (score, then sort key): a bounded insertion, not a full sort. */
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
