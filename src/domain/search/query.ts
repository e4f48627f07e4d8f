// What an officer typed, as query positions: each word must match (AND), and the last word, while
// it is still being typed, also matches any indexed word it begins.
import { isStopWord, stem, words } from './tokenize';

export interface QueryPosition {
  /** Terms that match this word exactly (after stemming). */
  exact: string[];
  /** The folded word as typed, when it may be the start of a longer word. */
  prefix?: string;
}

function parse(text: string, lastIsPrefix: boolean): QueryPosition[] {
  const typed = words(text);
  const positions: QueryPosition[] = [];
  const seen = new Set<string>();
  typed.forEach((word, i) => {
    const last = i === typed.length - 1;
    if (last && lastIsPrefix) {
      // A stop word being typed may be the start of a real word ("the" → "theft").
      const exact = isStopWord(word) ? [] : [stem(word)];
      if (exact.length > 0 || word.length >= 2) positions.push({ exact, prefix: word });
      return;
    }
    if (isStopWord(word)) return;
    const term = stem(word);
    if (seen.has(term)) return;
    seen.add(term);
    positions.push({ exact: [term] });
  });
  return positions;
}

export const queryPositions = { parse };
