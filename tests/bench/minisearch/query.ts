// What an officer typed, as a MiniSearch query, with the same meaning as the app's engine: each
// word must match (AND), and the last word, while it is still being typed, also matches any
// indexed word it begins. The terms are already index terms, so the query tells MiniSearch not
// to tokenise or stem them a second time (the stemmer is not idempotent: houses → hous → hou).
import type { Query, SearchOptions } from 'minisearch';
import { isStopWord, stem, words } from '#domain/search/tokenize';

export interface TypedQuery {
  /** Every word (AND). */
  all: Query;
  /** Any word (OR), for when nothing has them all. */
  any: Query;
  /** How many words count; 0 lists everything. */
  positions: number;
}

const asIs: SearchOptions = { tokenize: (t) => [t], processTerm: (t) => t };

function undouble(w: string): string {
  const last = w.at(-1);
  return w.length > 3 && last !== undefined && last === w.at(-2) && !'lsz'.includes(last)
    ? w.slice(0, -1)
    : w;
}

/**
 * What a half-typed word may begin, as index terms. MiniSearch's prefix match runs over stemmed
 * terms, so the stem alone misses a word whose typed part runs into an ending the stemmer rewrites
 * ("burglari…" → burglary, "shoppi…" → shop); the app's engine matches typed words, so the ending
 * is cut back here. Shortest forms only: a form that starts with another adds nothing.
 */
export function prefixForms(word: string): string[] {
  const forms = new Set([stem(word)]);
  const partial = /(?:in|ie|i|e)$/.exec(word);
  if (partial !== null && word.length - partial[0].length >= 3)
    forms.add(undouble(word.slice(0, partial.index)));
  const sorted = [...forms].sort((a, b) => a.length - b.length);
  return sorted.filter((f, i) => !sorted.slice(0, i).some((shorter) => f.startsWith(shorter)));
}

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
