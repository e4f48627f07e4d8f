// An in-memory inverted index with BM25 ranking, a prefix match for the word being typed, and
// facets with counts. Pure and synchronous: the app builds one per device from its local records
// (src/client/search), and the benchmark builds one from 10,000 generated problems in Chromium.
//
// Documents can be added, replaced and removed one at a time, so the index follows edits and
// pulled changes without a rebuild.
import { queryPositions, type QueryPosition } from './query';
import { isStopWord, stem, words } from './tokenize';

export interface SearchDocument<P> {
  /** Unique across everything in the index (e.g. `problem:<id>`, `published:<id>`). */
  id: string;
  /** Text by field name; each field's weight comes from the index options. */
  fields: Readonly<Record<string, string | undefined>>;
  /** Facet values by facet name (several values, e.g. techniques, or one). */
  facets: Readonly<Record<string, readonly string[] | undefined>>;
  /** Orders results with equal scores, and everything when there is no query: larger first. */
  sortKey?: string;
  /** What a result shows; the index stores it and never reads it. */
  payload: P;
}

export interface IndexOptions {
  /** Weight of each text field (fields not named weigh 1). */
  boosts?: Readonly<Record<string, number>>;
  /** Fields whose own term sets are kept per document, e.g. the location for "nearby". */
  keepTermSets?: readonly string[];
}

export type Filters = Readonly<Record<string, readonly string[] | undefined>>;

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

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResults<P> {
  hits: Hit<P>[];
  total: number;
  /** Counts per facet value among the matches, each facet ignoring its own filter. */
  facets: Record<string, FacetCount[]>;
  /** False when no document had every word and the results match any of them instead. */
  matchedAll: boolean;
}

interface Entry<P> {
  id: string;
  length: number;
  terms: string[];
  facets: Readonly<Record<string, readonly string[] | undefined>>;
  sortKey: string;
  payload: P;
  termSets: Map<string, Set<string>>;
}

const K1 = 1.2;
const B = 0.75;

export class SearchIndex<P> {
  private readonly boosts: Readonly<Record<string, number>>;
  private readonly keepTermSets: ReadonlySet<string>;
  private readonly entries: (Entry<P> | undefined)[] = [];
  private readonly byId = new Map<string, number>();
  /** term → document number → field-weighted term frequency. */
  private readonly postings = new Map<string, Map<number, number>>();
  /** Every folded word seen → its term, for the prefix match (never shrinks; stale words are harmless). */
  private readonly surface = new Map<string, string>();
  private sortedSurface: string[] | null = null;
  private readonly facetNames = new Set<string>();
  private totalLength = 0;

  constructor(options: IndexOptions = {}) {
    this.boosts = options.boosts ?? {};
    this.keepTermSets = new Set(options.keepTermSets ?? []);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  payload(id: string): P | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.entries[n]?.payload;
  }

  /** Adds the document, replacing any earlier one with the same id. */
  put(doc: SearchDocument<P>): void {
    this.remove(doc.id);
    const weighted = new Map<string, number>();
    const termSets = new Map<string, Set<string>>();
    let length = 0;
    for (const [field, text] of Object.entries(doc.fields)) {
      if (text === undefined || text === '') continue;
      const boost = this.boosts[field] ?? 1;
      const terms: string[] = [];
      for (const word of words(text)) {
        if (isStopWord(word)) continue;
        const term = stem(word);
        terms.push(term);
        weighted.set(term, (weighted.get(term) ?? 0) + boost);
        if (!this.surface.has(word)) {
          this.surface.set(word, term);
          this.sortedSurface = null;
        }
      }
      length += terms.length * boost;
      if (this.keepTermSets.has(field)) termSets.set(field, new Set(terms));
    }
    const n = this.entries.length;
    this.entries.push({
      id: doc.id,
      length,
      terms: [...weighted.keys()],
      facets: doc.facets,
      sortKey: doc.sortKey ?? '',
      payload: doc.payload,
      termSets,
    });
    this.byId.set(doc.id, n);
    this.totalLength += length;
    for (const [term, tf] of weighted) {
      let list = this.postings.get(term);
      if (list === undefined) {
        list = new Map();
        this.postings.set(term, list);
      }
      list.set(n, tf);
    }
    for (const name of Object.keys(doc.facets)) this.facetNames.add(name);
  }

  /** Removes a document; false when it was not there. */
  remove(id: string): boolean {
    const n = this.byId.get(id);
    if (n === undefined) return false;
    const entry = this.entries[n];
    this.byId.delete(id);
    this.entries[n] = undefined;
    if (entry === undefined) return true;
    this.totalLength -= entry.length;
    for (const term of entry.terms) {
      const list = this.postings.get(term);
      list?.delete(n);
      if (list?.size === 0) this.postings.delete(term);
    }
    return true;
  }

  /** Terms whose words start with `prefix` (at most `max`, the most common first). */
  expandPrefix(prefix: string, max = 40): string[] {
    if (prefix.length < 2) return [];
    this.sortedSurface ??= [...this.surface.keys()].sort();
    const words = this.sortedSurface;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const terms = new Set<string>();
    for (let i = lo; i < words.length; i += 1) {
      const word = words[i] ?? '';
      if (!word.startsWith(prefix)) break;
      const term = this.surface.get(word);
      if (term !== undefined && this.postings.has(term)) terms.add(term);
    }
    return [...terms].sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, max);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** BM25 of one term in every document that has it, added into `into` with a weight. */
  private scoreTerm(term: string, weight: number, into: Map<number, number>, best: boolean): void {
    const list = this.postings.get(term);
    if (list === undefined) return;
    const count = this.byId.size;
    const avg = count === 0 ? 1 : this.totalLength / count || 1;
    const idf = Math.log(1 + (count - list.size + 0.5) / (list.size + 0.5));
    for (const [n, tf] of list) {
      const length = this.entries[n]?.length ?? avg;
      const s = (weight * idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avg));
      const before = into.get(n) ?? 0;
      into.set(n, best ? Math.max(before, s) : before + s);
    }
  }

  /** Scores of one query position: the best of its alternative terms, per document. */
  private scorePosition(position: QueryPosition): Map<number, number> {
    const scores = new Map<number, number>();
    for (const term of position.exact) this.scoreTerm(term, 1, scores, true);
    if (position.prefix !== undefined)
      for (const term of this.expandPrefix(position.prefix)) this.scoreTerm(term, 0.8, scores, true);
    return scores;
  }

  /** Sum of BM25 over any of the terms (an OR query), by document id: for similar-problem suggestions. */
  scoreAny(terms: readonly string[]): Map<string, number> {
    const scores = new Map<number, number>();
    for (const term of new Set(terms)) this.scoreTerm(term, 1, scores, false);
    const out = new Map<string, number>();
    for (const [n, s] of scores) {
      const entry = this.entries[n];
      if (entry !== undefined) out.set(entry.id, s);
    }
    return out;
  }

  /** Which of `terms` the document contains. */
  sharedTerms(id: string, terms: readonly string[]): string[] {
    const n = this.byId.get(id);
    if (n === undefined) return [];
    return terms.filter((t) => this.postings.get(t)?.has(n) === true);
  }

  /** The kept term set of one field of a document (see `keepTermSets`). */
  termSet(id: string, field: string): ReadonlySet<string> {
    const n = this.byId.get(id);
    return (n === undefined ? undefined : this.entries[n]?.termSets.get(field)) ?? new Set();
  }

  /** Ids of documents with the given facet value. */
  idsWithFacet(facet: string, value: string): string[] {
    const ids: string[] = [];
    for (const entry of this.entries) if (entry?.facets[facet]?.includes(value) === true) ids.push(entry.id);
    return ids;
  }

  facetValues(id: string, facet: string): readonly string[] {
    const n = this.byId.get(id);
    return (n === undefined ? undefined : this.entries[n]?.facets[facet]) ?? [];
  }

  search(query: SearchQuery): SearchResults<P> {
    const prefix = query.prefix ?? !/\s$/.test(query.text);
    const positions = queryPositions.parse(query.text, prefix);
    let matchedAll = true;
    let scored: Map<number, number>;
    if (positions.length === 0) {
      scored = new Map();
      this.entries.forEach((entry, n) => {
        if (entry !== undefined) scored.set(n, 0);
      });
    } else {
      const perPosition = positions.map((p) => this.scorePosition(p));
      scored = intersect(perPosition);
      if (scored.size === 0 && perPosition.length > 1) {
        matchedAll = false;
        scored = union(perPosition);
      }
    }
    const filters = activeFilters(query.filters);
    const facetNames = query.facets ?? [...this.facetNames];
    const counts = new Map<string, Map<string, number>>(facetNames.map((f) => [f, new Map()]));
    const matched: number[] = [];
    for (const n of scored.keys()) {
      const entry = this.entries[n];
      if (entry === undefined) continue;
      // Disjunctive facets: a facet's counts ignore its own filter, so choosing "Burglary" still
      // shows how many "Vehicle crime" matches there are to switch to.
      const failing = filters.filter(
        ([facet, values]) => !values.some((v) => entry.facets[facet]?.includes(v)),
      );
      if (failing.length === 0) matched.push(n);
      if (failing.length > 1) continue;
      for (const [facet, tally] of counts) {
        if (failing.length === 1 && failing[0]?.[0] !== facet) continue;
        for (const value of new Set(entry.facets[facet] ?? [])) tally.set(value, (tally.get(value) ?? 0) + 1);
      }
    }
    matched.sort((a, b) => {
      const diff = (scored.get(b) ?? 0) - (scored.get(a) ?? 0);
      if (diff !== 0) return diff;
      const ka = this.entries[a]?.sortKey ?? '';
      const kb = this.entries[b]?.sortKey ?? '';
      return ka < kb ? 1 : ka > kb ? -1 : 0;
    });
    const hits: Hit<P>[] = [];
    for (const n of matched.slice(0, query.limit ?? 50)) {
      const entry = this.entries[n];
      if (entry !== undefined) hits.push({ id: entry.id, score: scored.get(n) ?? 0, payload: entry.payload });
    }
    const facets: Record<string, FacetCount[]> = {};
    for (const [facet, tally] of counts)
      facets[facet] = [...tally]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return { hits, total: matched.length, facets, matchedAll };
  }
}

function activeFilters(filters: Filters | undefined): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  for (const [facet, values] of Object.entries(filters ?? {}))
    if (values !== undefined && values.length > 0) out.push([facet, values]);
  return out;
}

function intersect(maps: Map<number, number>[]): Map<number, number> {
  const ordered = [...maps].sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = ordered;
  const out = new Map<number, number>();
  if (smallest === undefined) return out;
  for (const [n, s] of smallest) {
    let total = s;
    let inAll = true;
    for (const other of rest) {
      const t = other.get(n);
      if (t === undefined) {
        inAll = false;
        break;
      }
      total += t;
    }
    if (inAll) out.set(n, total);
  }
  return out;
}

function union(maps: Map<number, number>[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const map of maps) for (const [n, s] of map) out.set(n, (out.get(n) ?? 0) + s);
  return out;
}
