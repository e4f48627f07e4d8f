// What the benchmark does, the same in Chromium and in Node: generate problems (not timed), build
// the index (timed), then run a few hundred queries of the kinds officers type (timed one by one).
import { SearchIndex, type Filters, type SearchQuery } from '#domain/search/engine';
import {
  documentIndexOptions,
  problemDocument,
  type SearchCard,
  type SearchDoc,
} from '#domain/search/documents';
import { responseTagCodes } from '#domain/osara/techniques';
import { assessmentOutcomes } from '#domain/osara/vocabularies';
import { problemTypes } from '#domain/vocabularies';
import { AREAS, generateProblems, seeded, STREETS } from './generate';
import { MiniSearchIndex } from './minisearch/engine';

export interface BenchQuery {
  kind: 'one word' | 'two words' | 'prefix' | 'with filters' | 'filters only';
  text: string;
  filters?: Filters;
}

export interface QueryTiming {
  kind: BenchQuery['kind'];
  /** The best of `repeats` runs: the query's own cost, with less of the machine's other work in it. */
  ms: number;
  /** The first run alone, as an officer would meet it. */
  firstMs: number;
  total: number;
}

const ONE = [
  'burglary',
  'burglaries',
  'cctv',
  'lighting',
  'graffiti',
  'alley',
  'gates',
  'school',
  'surveillance',
  'guardianship',
  'youths',
  'drinking',
  'shoplifting',
  'licensing',
  'residents',
  'catalytic',
  'taxi',
  'council',
  'weekends',
  'fly-tipping',
  ...STREETS.map((s) => s.split(' ')[0] ?? s),
  ...AREAS,
];
const TWO = [
  'alley gating',
  'street lighting',
  'improve surveillance',
  'off road',
  'closing time',
  'elm street',
  'drug support',
  'natural surveillance',
  'target harden',
  'rear doors',
  'bus shelters',
  'school gates',
  'property marking',
  'youth workers',
  'speeding school',
  'market square',
];
const PREFIX = [
  'burg',
  'surv',
  'ligh',
  'graf',
  'cat',
  'sho',
  'alle',
  'cctv',
  'lic',
  'nei',
  'alley ga',
  'street li',
  'tax',
  'cuck',
];

export function benchQueries(count: number, seed: number): BenchQuery[] {
  const rand = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const filters = (): Filters => {
    switch (Math.floor(rand() * 4)) {
      case 0:
        return { type: [pick(problemTypes).code] };
      case 1:
        return { technique: [pick(responseTagCodes)] };
      case 2:
        return { outcome: [pick(assessmentOutcomes).code], year: [String(2021 + Math.floor(rand() * 6))] };
      default:
        return { type: [pick(problemTypes).code], status: ['closed'] };
    }
  };
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    switch (i % 5) {
      case 0:
        out.push({ kind: 'one word', text: `${pick(ONE)} ` });
        break;
      case 1:
        out.push({ kind: 'two words', text: `${pick(TWO)} ` });
        break;
      case 2:
        out.push({ kind: 'prefix', text: pick(PREFIX) });
        break;
      case 3:
        out.push({ kind: 'with filters', text: pick([...ONE, ...PREFIX]), filters: filters() });
        break;
      default:
        out.push({ kind: 'filters only', text: '', filters: filters() });
    }
  }
  return out;
}

/** The engines compared, each behind the same small surface; the first is the app's. */
export const engineNames = ['hand-written', 'MiniSearch'] as const;
export type EngineName = (typeof engineNames)[number];

interface BenchIndex {
  put(doc: SearchDoc): void;
  search(query: SearchQuery): { total: number };
}

const engines: Record<EngineName, () => BenchIndex> = {
  'hand-written': () => new SearchIndex<SearchCard>(documentIndexOptions),
  MiniSearch: () => new MiniSearchIndex<SearchCard>(documentIndexOptions.boosts ?? {}),
};

let documents: SearchDoc[] | null = null;
let index: BenchIndex | null = null;

/** Lets go of the last index built, so the next one's memory is measured alone. */
export function release(): void {
  index = null;
}

/** Generates the problems as search documents (not timed). */
export function prepare(count: number, seed: number): number {
  documents = generateProblems(count, seed).map((g) => problemDocument(g));
  return documents.length;
}

/** Builds the index from the prepared documents and drops them; returns milliseconds. */
export function build(engine: EngineName): number {
  if (documents === null) throw new Error('prepare first');
  index = null;
  const start = performance.now();
  const built = engines[engine]();
  for (const doc of documents) built.put(doc);
  // The first prefix query sorts the word list; count it as part of building.
  built.search({ text: 'a', limit: 1 });
  const ms = performance.now() - start;
  index = built;
  documents = null;
  return ms;
}

export function runQueries(queries: readonly BenchQuery[], repeats = 3): QueryTiming[] {
  const built = index;
  if (built === null) throw new Error('build first');
  // A short warm-up so the JIT has seen the code, as it has after an officer's first search.
  for (const q of queries.slice(0, 20))
    built.search({ text: q.text, ...(q.filters ? { filters: q.filters } : {}) });
  return queries.map((q) => {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < Math.max(1, repeats); r += 1) {
      const start = performance.now();
      total = built.search({ text: q.text, ...(q.filters ? { filters: q.filters } : {}), limit: 50 }).total;
      times.push(performance.now() - start);
    }
    return { kind: q.kind, ms: Math.min(...times), firstMs: times[0] ?? 0, total };
  });
}
