// Percentiles and the printed table.
import type { QueryTiming } from './workload';

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Summary {
  median: number;
  p95: number;
  max: number;
}

export function summarise(timings: readonly QueryTiming[], first = false): Summary {
  const ms = timings.map((t) => (first ? t.firstMs : t.ms));
  return { median: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) };
}

const f = (ms: number): string => `${ms.toFixed(2)} ms`;

export function table(timings: readonly QueryTiming[]): string {
  const kinds = [...new Set(timings.map((t) => t.kind))];
  const rows: [string, readonly QueryTiming[]][] = [
    ...kinds.map((k): [string, QueryTiming[]] => [k, timings.filter((t) => t.kind === k)]),
    ['all', timings],
  ];
  return rows
    .map(([kind, list]) => {
      const s = summarise(list);
      const hits = Math.round(list.reduce<number>((n, t) => n + t.total, 0) / list.length);
      return `  ${kind.padEnd(13)} n=${String(list.length).padStart(3)}  median ${f(s.median).padStart(9)}  p95 ${f(s.p95).padStart(9)}  max ${f(s.max).padStart(9)}  mean matches ${String(hits)}`;
    })
    .join('\n');
}

export interface ComparisonRow {
  engine: string;
  where: string;
  buildMs: number;
  heapBytes: number;
  timings: readonly QueryTiming[];
}

/** One line per engine and place: what the decision between engines rests on. */
export function comparison(rows: readonly ComparisonRow[]): string {
  const head = '  engine        where      build      heap      p50 query   p95 query   max query';
  const lines = rows.map((r) => {
    const s = summarise(r.timings);
    return `  ${r.engine.padEnd(13)} ${r.where.padEnd(9)} ${`${r.buildMs.toFixed(0)} ms`.padStart(7)}  ${`${(r.heapBytes / 1_048_576).toFixed(1)} MB`.padStart(8)}  ${f(s.median).padStart(10)}  ${f(s.p95).padStart(10)}  ${f(s.max).padStart(10)}`;
  });
  return ['Comparison (the first engine is the one the app uses):', head, ...lines].join('\n');
}
