// Finds what may identify a person in free text before it is shared force-wide. Pure.
// No pattern list is ever complete, so this does not decide anything: it points, and a prevention
// lead decides span by span (remove or keep) before the force database accepts a publish, and the
// force database runs it again over the final copy (server/…/good-practice).
//
// Names come from compromise (a maintained English NLP tagger with its own first-name and
// surname lexicon, which also handles lower-case names, apostrophes and hyphens), phone numbers
// from libphonenumber-js (Google's phone metadata); everything with a fixed shape (postcodes,
// plates, NI numbers, references, e-mail) is a pattern in ./personal-data/patterns.ts. The app
// loads this module lazily, so neither library weighs on the first screen.
import { findNames } from './personal-data/names';
import { findPatterns } from './personal-data/patterns';
import { findPhones } from './personal-data/phones';
import {
  neutralWords,
  type Candidate,
  type PersonalDataKind,
  type PersonalDataSpan,
} from './personal-data/kinds';

export {
  neutralWords,
  personalDataKinds,
  type PersonalDataKind,
  type PersonalDataSpan,
} from './personal-data/kinds';

// When two findings overlap, the longer one wins (an address holds a street that looks like a
// name); on equal length the more specific kind wins, in this order. A name is the tagger's guess,
// so it gives way to any pattern it overlaps ("vehicle abc 12" is a plate, not "Vehicle Abc").
const rank: Record<PersonalDataKind, number> = {
  known: 0,
  email: 1,
  identifier: 2,
  phone: 3,
  date_of_birth: 4,
  address: 5,
  postcode: 6,
  vehicle: 7,
  name: 8,
};

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findKnown(text: string, known: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const strings = new Set(known.map((k) => k.trim()).filter((k) => k.length >= 3));
  for (const value of strings) {
    // Whole words only, so a known "Ann" does not flag "annual".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'known' });
  }
  return out;
}

/** Keeps the best of overlapping candidates; the result is sorted and never overlaps. */
export function settle(text: string, candidates: readonly Candidate[]): PersonalDataSpan[] {
  const ordered = [...candidates]
    .filter((c) => c.end > c.start)
    .sort(
      (a, b) =>
        Number(a.kind === 'name') - Number(b.kind === 'name') ||
        b.end - b.start - (a.end - a.start) ||
        rank[a.kind] - rank[b.kind] ||
        a.start - b.start,
    );
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, kind: c.kind, text: text.slice(c.start, c.end) }));
}

/**
 * Every span of `text` that may identify a person, by kind. `known` holds strings the record
 * names elsewhere (people's names and references from Governance, the location text, users);
 * each is found wherever it appears, whatever its case.
 */
export function findPersonalData(text: string, known: readonly string[] = []): PersonalDataSpan[] {
  if (text.trim() === '') return [];
  return settle(text, [
    ...findKnown(text, known),
    ...findPatterns(text),
    ...findPhones(text),
    ...findNames(text),
  ]);
}

/** The text with each span replaced by its neutral word (spans must come from this text). */
export function replaceSpans(
  text: string,
  spans: readonly Pick<PersonalDataSpan, 'start' | 'end' | 'kind'>[],
): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + neutralWords[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}
