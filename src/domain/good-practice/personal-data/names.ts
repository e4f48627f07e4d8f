// People's names, found by compromise's tagger (its lexicon of first names and surnames, and its
// rules for a capitalised word after a first name or a title). It reads "jane doe", "Liam
// O'Neill" and "Mary-Kate Smith-Jones". Its guesses are then trimmed of the trade's own words
// (vocabulary.ts) so "PCSO Khan" flags "Khan" and "Mill Lane" flags nothing. An age written
// straight after a name ("Tom Hughes, 15,") is reported as a date of birth.
import nlp from 'compromise';
import type { Candidate } from './kinds';
import { isPolicingTerm, streetTypeWords } from './vocabulary';

interface Term {
  text: string;
  post: string;
  tags: string[];
  confidence?: number;
  offset: { start: number; length: number };
}

const honorific = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lady|lord|master)\.?$/i;
const titled = /\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+[a-z][\w'’-]*/gi;
const ageAfter = /^\s*(?:,\s*|\(\s*)(?:aged?\s*)?(\d{1,3})(?=\s*[,);.]|\s*$)/;
// Between two words of one name there is only a space, an apostrophe or a hyphen.
const joins = /^[\s'’-]*$/;

const is = (t: Term, tag: string): boolean => t.tags.includes(tag);
const isPerson = (t: Term): boolean => is(t, 'Person') || is(t, 'Honorific');
const notAName = (t: Term): boolean => isPolicingTerm(t.text) || streetTypeWords.has(t.text.toLowerCase());

/**
 * A lone first name followed by a word the tagger only guessed at ("jane doe": it takes "doe"
 * for a deer, with low confidence) is taken with its surname, so removing it leaves no half.
 */
function guessedSurname(first: Term, next: Term | undefined): boolean {
  return next !== undefined && is(first, 'FirstName') && joins.test(first.post) && guessed(next);
}

/** The same the other way: "priya o'neill", a surname it knows after a first name it does not. */
function guessedFirstName(prev: Term | undefined, surname: Term): boolean {
  return prev !== undefined && is(surname, 'LastName') && /^\s+$/.test(prev.post) && guessed(prev);
}

function guessed(t: Term): boolean {
  return (
    is(t, 'Singular') &&
    !is(t, 'Pronoun') &&
    !notAName(t) &&
    (is(t, 'ProperNoun') || (t.confidence ?? 1) < 0.5)
  );
}

function runsOf(terms: readonly Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  terms.forEach((t, i) => {
    const prev = terms[i - 1];
    const continues = prev !== undefined && run.length > 0 && joins.test(prev.post);
    if (!isPerson(t) || notAName(t)) {
      if (run.length === 1 && prev !== undefined && guessedSurname(prev, t)) run.push(t);
      close();
      return;
    }
    if (!continues) {
      close();
      if (prev !== undefined && !isPerson(prev) && guessedFirstName(prev, t)) run.push(prev);
    }
    run.push(t);
  });
  close();
  return runs.filter((r) => {
    // "Hope Street", "Victoria Park": a word before a street type is the street's name.
    const last = r[r.length - 1];
    const after = last === undefined ? undefined : terms[terms.indexOf(last) + 1];
    const beforeStreet = after !== undefined && streetTypeWords.has(after.text.toLowerCase());
    return !beforeStreet && !r.every((t) => honorific.test(t.text));
  });
}

const bareTags = new Set(['ProperNoun', 'Noun', 'Singular']);

/** A word the tagger has no entry for: only guessed a noun, or capitalised and nothing more. */
function unknownWord(t: Term): boolean {
  if (notAName(t) || /^[A-Z]{2,}$|\d/.test(t.text) || !t.tags.every((tag) => bareTags.has(tag))) return false;
  return is(t, 'Singular') ? (t.confidence ?? 1) < 0.5 : is(t, 'ProperNoun');
}

/**
 * Two or more words in a row that the tagger does not know ("Priya Doe", "priya doe") are most
 * often a name it has no entry for. After "the" or "a" they are a place or a thing ("the Royal
 * Oak"), so those are left alone.
 */
function unknownRuns(terms: readonly Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  terms.forEach((t, i) => {
    const prev = terms[i - 1];
    if (!unknownWord(t)) {
      if (run.length > 1) runs.push(run);
      run = [];
      return;
    }
    if (run.length > 0 && prev !== undefined && joins.test(prev.post)) run.push(t);
    else {
      if (run.length > 1) runs.push(run);
      run = prev !== undefined && /^(?:the|a|an)$/i.test(prev.text) ? [] : [t];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

function ageAfterName(text: string, name: Candidate): Candidate[] {
  const m = ageAfter.exec(text.slice(name.end, name.end + 16));
  if (m?.[1] === undefined) return [];
  const start = name.end + m[0].lastIndexOf(m[1]);
  return [{ start, end: start + m[1].length, kind: 'date_of_birth' }];
}

export function findNames(text: string): Candidate[] {
  const sentences = nlp(text).json({ offset: true }) as { terms: Term[] }[];
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const run of [...runsOf(sentence.terms), ...unknownRuns(sentence.terms)]) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first === undefined || last === undefined) continue;
      out.push({ start: first.offset.start, end: last.offset.start + last.offset.length, kind: 'name' });
    }
  }
  for (const m of text.matchAll(titled))
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'name' });
  return [...out, ...out.flatMap((name) => ageAfterName(text, name))];
}
