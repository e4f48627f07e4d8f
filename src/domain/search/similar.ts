// Similar past problems and published good practice for a problem being scanned: same problem
// type, the same place words, and shared words in what has been written so far. Each suggestion
// says why it was suggested, so an officer can judge it.
import type { SearchIndex } from './engine';
import type { SearchCard } from './documents';
import { NOT_ASSESSED } from './facets';
import { tokenize, words } from './tokenize';

export interface SimilarInput {
  /** The problem being edited, left out of its own suggestions. */
  problemId?: string | undefined;
  problemType?: string | undefined;
  locationText?: string | undefined;
  /** Title, description and scanning notes so far. */
  text?: string | undefined;
}

export interface Suggestion {
  card: SearchCard;
  score: number;
  sameType: boolean;
  /** Place words it shares with the location, as typed. */
  placeWords: string[];
  /** Other words it shares (as typed), most distinctive first. */
  sharedWords: string[];
}

/** At most this many of the typed words are used: the rarest, which say most about the problem. */
const MAX_TEXT_TERMS = 25;

export function similarProblems(
  index: SearchIndex<SearchCard>,
  input: SimilarInput,
  limit = 5,
): Suggestion[] {
  const display = typedForms(`${input.text ?? ''} ${input.locationText ?? ''}`);
  const textTerms = distinctive(index, tokenize(input.text ?? '')).slice(0, MAX_TEXT_TERMS);
  const placeTerms = [...new Set(tokenize(input.locationText ?? ''))];
  const textScores = index.scoreAny([...textTerms, ...placeTerms]);
  const maxText = Math.max(0, ...textScores.values());
  const candidates = new Set(textScores.keys());
  if (input.problemType !== undefined && input.problemType !== '')
    for (const id of index.idsWithFacet('type', input.problemType)) candidates.add(id);

  const out: Suggestion[] = [];
  for (const id of candidates) {
    const card = index.payload(id);
    if (card === undefined || (input.problemId !== undefined && card.problemId === input.problemId)) continue;
    const sameType = input.problemType !== undefined && card.problemType === input.problemType;
    const location = index.termSet(id, 'location');
    const places = placeTerms.filter((t) => location.has(t));
    const shared = index.sharedTerms(id, textTerms).filter((t) => !places.includes(t));
    if (!sameType && places.length === 0 && shared.length < 2) continue;
    const text = maxText > 0 ? (textScores.get(id) ?? 0) / maxText : 0;
    const score =
      (sameType ? 1 : 0) +
      (placeTerms.length > 0 ? places.length / placeTerms.length : 0) +
      text +
      // What worked before is the point: published and assessed work first among equals.
      (card.kind === 'published' ? 0.3 : 0) +
      (card.outcome !== NOT_ASSESSED ? 0.15 : 0);
    out.push({
      card,
      score,
      sameType,
      placeWords: places.map((t) => display.get(t) ?? t),
      sharedWords: shared.slice(0, 5).map((t) => display.get(t) ?? t),
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Unique terms, rarest in the index first (terms the index has never seen are dropped). */
function distinctive(index: SearchIndex<SearchCard>, terms: readonly string[]): string[] {
  return [...new Set(terms)]
    .filter((t) => index.documentFrequency(t) > 0)
    .sort((a, b) => index.documentFrequency(a) - index.documentFrequency(b));
}

/** term → the first way the officer wrote it, to show "shared words: alley, gate". */
function typedForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of words(text)) {
    const [term] = tokenize(word);
    if (term !== undefined && !out.has(term)) out.set(term, word);
  }
  return out;
}
