// What an officer typed, as a MiniSearch query: each word must match (AND), and the last word,
// while it is still being typed, also matches any indexed word it begins. The terms are already
// index terms, so the query tells MiniSearch not to tokenise or stem them a second time (the
// stemmer is not idempotent: houses → hous → hou).
import type { Query, SearchOptions } from 'minisearch';
import { isStopWord, prefixForms, stem, words } from './tokenize';

export interface TypedQuery {
  /** Every word (AND). */
  all: Query;
  /** Any word (OR), for when nothing has them all. */
  any: Query;
  /** How many words count; 0 lists everything. */
  positions: number;
}

const asIs: SearchOptions = { tokenize: (t) => [t], processTerm: (t) => t };

export function parseQuery(text: string, lastIsPrefix: boolean): TypedQuery {
  const typed = words(text);
  const positions: Query[] = [];
  const seen = new Set<string>();
  typed.forEach((word, i) => {
    if (i === typed.length - 1 && lastIsPrefix) {
      // A stop word being typed may be the start of a real word ("the" → "theft").
      const exact = isStopWord(word) ? [] : [stem(word)];
      const prefixes = word.length >= 2 ? prefixForms(word) : [];
      const queries: Query[] = [
        ...exact.filter((t) => !prefixes.some((p) => t.startsWith(p))),
        ...(prefixes.length > 0 ? [{ queries: prefixes, prefix: true }] : []),
      ];
      if (queries.length > 0) positions.push({ queries, combineWith: 'OR' });
      return;
    }
    if (isStopWord(word)) return;
    const term = stem(word);
    if (seen.has(term)) return;
    seen.add(term);
    positions.push(term);
  });
  return {
    all: { ...asIs, queries: positions, combineWith: 'AND' },
    any: { ...asIs, queries: positions, combineWith: 'OR' },
    positions: positions.length,
  };
}

/** Exactly these index terms, any of them: for similar-problem suggestions. */
export function anyOf(terms: readonly string[]): Query {
  return { ...asIs, queries: [...terms], combineWith: 'OR', prefix: false };
}
