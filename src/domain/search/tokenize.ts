// Turning text into index terms: lower case, accents folded, stop words dropped, and a light
// English stemmer. The same function runs over records and over what an officer types, so
// "Burglaries" finds "burglary" and "gating" finds "alley gate". It is deliberately simpler than
// Porter's stemmer: it only has to be consistent, and predictable enough that an officer is never
// surprised by a miss on a plural or an -ing form.

const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been before being but by can could did do does ' +
    'for from had has have he her him his how i if in into is it its me more most my no nor not of ' +
    'on once only or other our out over own same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower case with accents removed ("Café" → "cafe"). */
export function fold(text: string): string {
  // Most text is plain ASCII, and normalising it is the slowest step of indexing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const WORD = /[a-z0-9]+/g;

/** Folded words in order, stop words kept (the caller decides; a typed "the" may be "theft"). */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

const VOWEL = /[aeiouy]/;

/**
 * A light stemmer: plurals (-ies, -es, -s), -ing and -ed, a doubled final consonant, and a final
 * silent e, so that gate / gates / gated / gating all become "gat". Short words are left alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && VOWEL.test(w.slice(0, -2)))
    w = undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length > 3 && last !== undefined && last === w.at(-2) && !'lsz'.includes(last)) return w.slice(0, -1);
  return w;
}

/** The index terms of a text: folded, stop words dropped, stemmed. Repeats are kept (they count). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}
