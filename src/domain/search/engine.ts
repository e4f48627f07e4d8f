// An in-memory inverted index with BM25 ranking, a prefix match for the word being typed, and
// facets with counts. Pure and synchronous: the app builds one per device from its local records
// (src/client/search), and the benchmark builds one from 10,000 generated problems in Chromium.
//
// Documents can be added, replaced and removed one at a time, so the index follows edits and
// pulled changes without a rebuild.
import { FacetTable, type FacetCount, type FacetIds, type Filters } from './facet-counts';
import { queryPositions, type QueryPosition } from './query';
import { isStopWord, stem, words } from './tokenize';

export type { FacetCount, Filters } from './facet-counts';

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

interface Entry<P> {
  id: string;
  length: number;
  terms: string[];
  facetIds: FacetIds;
  sortKey: string;
  payload: P;
  termSets: Map<string, Set<string>>;
}

/** The documents holding a term (ascending document numbers) and its weighted frequency in each. */
interface Posting {
  docs: number[];
  tfs: number[];
}

/** Per-document scores of one query position: a dense array and the documents it touched. */
interface Scores {
  score: Float64Array;
  touched: number[];
}

const K1 = 1.2;
const B = 0.75;

export class SearchIndex<P> {
  private readonly boosts: Readonly<Record<string, number>>;
  private readonly keepTermSets: ReadonlySet<string>;
  private readonly entries: (Entry<P> | undefined)[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  /** Every folded word seen → its term: the stemmer's cache and the prefix match's word list. */
  private readonly surface = new Map<string, string>();
  private sortedSurface: string[] | null = null;
  private readonly facetTable = new FacetTable();
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
      const keep = this.keepTermSets.has(field) ? new Set<string>() : undefined;
      let count = 0;
      for (const word of words(text)) {
        let term = this.surface.get(word);
        if (term === undefined) {
          if (isStopWord(word)) continue;
          term = stem(word);
          this.surface.set(word, term);
          this.sortedSurface = null;
        }
        count += 1;
        weighted.set(term, (weighted.get(term) ?? 0) + boost);
        keep?.add(term);
      }
      length += count * boost;
      if (keep !== undefined) termSets.set(field, keep);
    }
    const facetIds = this.facetTable.encode(doc.facets);
    // Numbers only grow, so every posting list stays in ascending order.
    const n = this.entries.length;
    this.entries.push({
      id: doc.id,
      length,
      terms: [...weighted.keys()],
      facetIds,
      sortKey: doc.sortKey ?? '',
      payload: doc.payload,
      termSets,
    });
    this.byId.set(doc.id, n);
    this.totalLength += length;
    for (const [term, tf] of weighted) {
      let posting = this.postings.get(term);
      if (posting === undefined) {
        posting = { docs: [], tfs: [] };
        this.postings.set(term, posting);
      }
      posting.docs.push(n);
      posting.tfs.push(tf);
    }
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
      const posting = this.postings.get(term);
      if (posting === undefined) continue;
      const at = findDoc(posting.docs, n);
      if (at >= 0) {
        posting.docs.splice(at, 1);
        posting.tfs.splice(at, 1);
      }
      if (posting.docs.length === 0) this.postings.delete(term);
    }
    return true;
  }

  /** Terms whose words start with `prefix` (at most `max`, the most common first). */
  expandPrefix(prefix: string, max = 40): string[] {
    if (prefix.length < 2) return [];
    this.sortedSurface ??= [...this.surface.keys()].sort();
    const list = this.sortedSurface;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const terms = new Set<string>();
    for (let i = lo; i < list.length; i += 1) {
      const word = list[i] ?? '';
      if (!word.startsWith(prefix)) break;
      const term = this.surface.get(word);
      if (term !== undefined && this.postings.has(term)) terms.add(term);
    }
    return [...terms].sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, max);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** BM25 of one term in every document that has it, added into `into` (or kept if larger, `best`). */
  private scoreTerm(term: string, weight: number, into: Scores, best: boolean): void {
    const posting = this.postings.get(term);
    if (posting === undefined) return;
    const count = this.byId.size;
    const avg = count === 0 ? 1 : this.totalLength / count || 1;
    const df = posting.docs.length;
    const idf = weight * Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const { docs, tfs } = posting;
    const { score, touched } = into;
    for (let i = 0; i < docs.length; i += 1) {
      const n = docs[i] ?? 0;
      const tf = tfs[i] ?? 0;
      const length = this.entries[n]?.length ?? avg;
      const s = (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avg));
      const before = score[n] ?? 0;
      if (before === 0) touched.push(n);
      score[n] = best ? Math.max(before, s) : before + s;
    }
  }

  private newScores(): Scores {
    return { score: new Float64Array(this.entries.length), touched: [] };
  }

  /** Scores of one query position: the best of its alternative terms, per document. */
  private scorePosition(position: QueryPosition): Scores {
    const scores = this.newScores();
    for (const term of position.exact) this.scoreTerm(term, 1, scores, true);
    if (position.prefix !== undefined)
      for (const term of this.expandPrefix(position.prefix)) this.scoreTerm(term, 0.8, scores, true);
    return scores;
  }

  /** Sum of BM25 over any of the terms (an OR query), by document id: for similar-problem suggestions. */
  scoreAny(terms: readonly string[]): Map<string, number> {
    const scores = this.newScores();
    for (const term of new Set(terms)) this.scoreTerm(term, 1, scores, false);
    const out = new Map<string, number>();
    for (const n of scores.touched) {
      const entry = this.entries[n];
      if (entry !== undefined) out.set(entry.id, scores.score[n] ?? 0);
    }
    return out;
  }

  /** Which of `terms` the document contains. */
  sharedTerms(id: string, terms: readonly string[]): string[] {
    const n = this.byId.get(id);
    if (n === undefined) return [];
    return terms.filter((t) => findDoc(this.postings.get(t)?.docs ?? [], n) >= 0);
  }

  /** The kept term set of one field of a document (see `keepTermSets`). */
  termSet(id: string, field: string): ReadonlySet<string> {
    const n = this.byId.get(id);
    return (n === undefined ? undefined : this.entries[n]?.termSets.get(field)) ?? new Set();
  }

  /** Ids of documents with the given facet value. */
  idsWithFacet(facet: string, value: string): string[] {
    const ids: string[] = [];
    for (const entry of this.entries)
      if (entry !== undefined && this.facetTable.has(entry.facetIds, facet, value)) ids.push(entry.id);
    return ids;
  }

  search(query: SearchQuery): SearchResults<P> {
    const prefix = query.prefix ?? !/\s$/.test(query.text);
    const positions = queryPositions.parse(query.text, prefix);
    let matchedAll = true;
    let scored: Scores;
    if (positions.length === 0) {
      scored = { score: new Float64Array(this.entries.length), touched: [] };
      this.entries.forEach((entry, n) => {
        if (entry !== undefined) scored.touched.push(n);
      });
    } else {
      const perPosition = positions.map((p) => this.scorePosition(p));
      scored = combine(perPosition, true);
      if (scored.touched.length === 0 && perPosition.length > 1) {
        matchedAll = false;
        scored = combine(perPosition, false);
      }
    }
    const { passed, counts } = this.facetTable.filterAndCount(
      scored.touched.map((n) => this.entries[n]?.facetIds),
      query.filters,
      query.facets,
    );
    const matched = passed.map((i) => scored.touched[i] ?? 0);
    const top = this.topOf(matched, scored.score, query.limit ?? 50);
    const hits: Hit<P>[] = [];
    for (const n of top) {
      const entry = this.entries[n];
      if (entry !== undefined)
        hits.push({ id: entry.id, score: scored.score[n] ?? 0, payload: entry.payload });
    }
    return { hits, total: matched.length, facets: counts, matchedAll };
  }

  /** The best `limit` documents, best first (score, then sort key): a bounded insertion, not a full sort. */
  private topOf(candidates: readonly number[], score: Float64Array, limit: number): number[] {
    const better = (a: number, b: number): boolean => {
      const diff = (score[a] ?? 0) - (score[b] ?? 0);
      if (diff !== 0) return diff > 0;
      return (this.entries[a]?.sortKey ?? '') > (this.entries[b]?.sortKey ?? '');
    };
    const top: number[] = [];
    for (const n of candidates) {
      const worst = top[top.length - 1];
      if (top.length >= limit && (worst === undefined || !better(n, worst))) continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (better(n, top[mid] ?? n)) hi = mid;
        else lo = mid + 1;
      }
      top.splice(lo, 0, n);
      if (top.length > limit) top.pop();
    }
    return top;
  }
}

function findDoc(docs: readonly number[], n: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = docs[mid] ?? 0;
    if (at === n) return mid;
    if (at < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** All positions (AND, scores added) or any (OR). */
function combine(positions: readonly Scores[], all: boolean): Scores {
  const ordered = [...positions].sort((a, b) => a.touched.length - b.touched.length);
  const [smallest] = ordered;
  const out: Scores = { score: new Float64Array(smallest?.score.length ?? 0), touched: [] };
  if (smallest === undefined) return out;
  if (all) {
    for (const n of smallest.touched) {
      let total = 0;
      let inAll = true;
      for (const p of ordered) {
        const s = p.score[n] ?? 0;
        if (s === 0) {
          inAll = false;
          break;
        }
        total += s;
      }
      if (inAll) {
        out.score[n] = total;
        out.touched.push(n);
      }
    }
    return out;
  }
  for (const p of ordered)
    for (const n of p.touched) {
      if (out.score[n] === 0) out.touched.push(n);
      out.score[n] = (out.score[n] ?? 0) + (p.score[n] ?? 0);
    }
  return out;
}
