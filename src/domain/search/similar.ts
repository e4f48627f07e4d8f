// Similar past problems and published good practice for a problem being scanned: same problem
// type, the same place words, and shared significant words in what has been written so far
// (BM25, so the rarer the word the more it counts). Each suggestion says why it was suggested, so
// an officer can judge it; a word like "off", or one that half the problems share, is never a reason.
import type { SearchIndex } from './engine';
import type { SearchCard } from './documents';
import { NOT_ASSESSED } from './facets';
import { isStopWord, stem, words } from './tokenize';

export interface SimilarInput {
  /** The problem being edited, left out of its own suggestions (and so are its published copies). */
  problemId?: string | undefined;
  /** Its title: another record with the same title is a copy of it, not a suggestion. */
  title?: string | undefined;
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

/** Not stop words for a search ("off road" is a fair query), but no reason to call two problems alike. */
const FILLER = new Set(
  (
    'off onto across around near nearby along via per each every just like get got etc one two three ' +
    'lot lots many much well back still yet again'
  ).split(' '),
);

/** Index terms of the words that can say what a problem is about. */
function significantTerms(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text))
    if (word.length >= 3 && !/^\d+$/.test(word) && !isStopWord(word) && !FILLER.has(word))
      out.add(stem(word));
  return [...out];
}

const sameTitle = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');

/** At most this many of the typed words are used: the rarest, which say most about the problem. */
const MAX_TEXT_TERMS = 25;

export function similarProblems(
  index: SearchIndex<SearchCard>,
  input: SimilarInput,
  limit = 5,
): Suggestion[] {
  const n = index.size;
  const df = (t: string): number => index.documentFrequency(t);
  // A word in more than half the documents tells nothing (once there are enough to judge by).
  const telling = (t: string): boolean => df(t) > 0 && (n < 10 || df(t) <= n / 2);
  const display = typedForms(`${input.text ?? ''} ${input.locationText ?? ''}`);
  const placeTerms = significantTerms(input.locationText ?? '').filter(telling);
  const textTerms = significantTerms(input.text ?? '')
    .filter(telling)
    .sort((a, b) => df(a) - df(b))
    .slice(0, MAX_TEXT_TERMS);
  const textScores = index.scoreAny([...textTerms, ...placeTerms]);
  const maxText = [...textScores.values()].reduce((max, v) => Math.max(max, v), 0);
  const candidates = new Set(textScores.keys());
  if (input.problemType !== undefined && input.problemType !== '')
    for (const id of index.idsWithFacet('type', input.problemType)) candidates.add(id);

  const out: Suggestion[] = [];
  for (const id of candidates) {
    const card = index.payload(id);
    if (card === undefined || (input.problemId !== undefined && card.problemId === input.problemId)) continue;
    if (input.title !== undefined && input.title.trim() !== '' && sameTitle(card.title, input.title))
      continue;
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

/** term → the first way the officer wrote it, to show "shared words: alley, gate". */
function typedForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of words(text)) {
    const term = isStopWord(word) ? undefined : stem(word);
    if (term !== undefined && !out.has(term)) out.set(term, word);
  }
  return out;
}
