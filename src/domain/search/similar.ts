// Similar past problems and published good practice for a problem being scanned: same problem
// type, the same place words, and shared significant words in what has been written so far, the
// rarer the word the more it counts. Each suggestion says why it was suggested, so an officer can
// judge it; a word like "off" or "night" that half the force's problems share is never a reason.
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
    'off onto across around near nearby along via per each every just like get got also etc one two ' +
    'three lot lots many much well back still yet again way day days week weeks time times'
  ).split(' '),
);

/** Index terms of the words that can say what a problem is about. */
function significantTerms(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text))
    if (word.length >= 3 && !/^\d+$/.test(word) && !isStopWord(word) && !FILLER.has(word)) out.add(stem(word));
  return [...out];
}

const sameTitle = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');

export function similarProblems(
  index: SearchIndex<SearchCard>,
  input: SimilarInput,
  limit = 5,
): Suggestion[] {
  const display = typedForms(`${input.text ?? ''} ${input.locationText ?? ''}`);
  const placeTerms = significantTerms(input.locationText ?? '');
  const textTerms = significantTerms(input.text ?? '');
  const matches = index.matchAny([...new Set([...textTerms, ...placeTerms])]);
  // Every document holding a term is among the matches, so this is each term's document frequency.
  const df = new Map<string, number>();
  for (const m of matches) for (const t of Object.keys(m.fieldsByTerm)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = index.size;
  // A word in more than half the documents tells nothing (once there are enough to judge by).
  const telling = (t: string): boolean => n < 10 || (df.get(t) ?? 0) <= n / 2;
  const idf = (t: string): number => Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const byRarity = (a: string, b: string): number => (df.get(a) ?? 0) - (df.get(b) ?? 0);

  const candidates = new Map<string, Readonly<Record<string, readonly string[]>>>();
  for (const m of matches) candidates.set(m.id, m.fieldsByTerm);
  if (input.problemType !== undefined && input.problemType !== '')
    for (const id of index.idsWithFacet('type', input.problemType)) if (!candidates.has(id)) candidates.set(id, {});

  const found: (Suggestion & { text: number })[] = [];
  for (const [id, fieldsByTerm] of candidates) {
    const card = index.payload(id);
    if (card === undefined || (input.problemId !== undefined && card.problemId === input.problemId)) continue;
    if (input.title !== undefined && input.title.trim() !== '' && sameTitle(card.title, input.title)) continue;
    const sameType = input.problemType !== undefined && card.problemType === input.problemType;
    const places = placeTerms.filter((t) => fieldsByTerm[t]?.includes('location') === true);
    const shared = textTerms
      .filter((t) => fieldsByTerm[t] !== undefined && telling(t) && !places.includes(t))
      .sort(byRarity);
    if (!sameType && places.length === 0 && shared.length < 2) continue;
    found.push({
      card,
      score: 0,
      text: shared.reduce((sum, t) => sum + idf(t), 0),
      sameType,
      placeWords: places.map((t) => display.get(t) ?? t),
      sharedWords: shared.slice(0, 5).map((t) => display.get(t) ?? t),
    });
  }
  const maxText = found.reduce((max, s) => Math.max(max, s.text), 0);
  return found
    .map(({ text, ...s }) => ({
      ...s,
      score:
        (s.sameType ? 1 : 0) +
        (placeTerms.length > 0 ? s.placeWords.length / placeTerms.length : 0) +
        (maxText > 0 ? text / maxText : 0) +
        // What worked before is the point: published and assessed work first among equals.
        (s.card.kind === 'published' ? 0.3 : 0) +
        (s.card.outcome !== NOT_ASSESSED ? 0.15 : 0),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
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
