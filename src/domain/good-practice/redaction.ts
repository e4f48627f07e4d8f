// The prevention lead's redaction review: what was decided about each span the detector
// pointed at, and how those decisions turn the draft copy's texts into the shared ones. Pure, and
// the same code on the device (which shows the draft) and the force database (which refuses a
// publish with `personal_data_unreviewed` when anything found in the final copy was not decided).
//
// A decision is keyed by the field's path and the span's text, not by offsets: the force database
// rebuilds the copy from its own records, and a decision about "Jane Doe" in the analysis still
// means the same thing if a word before it changed. Removing a text removes every occurrence of it
// in that field, so a name written twice cannot survive by its second mention.
import { findPersonalData, neutralWords, type PersonalDataSpan } from './personal-data';
import type { RedactionKind } from './personal-data/kinds';
import type { RedactionDecision } from './redaction-decision';

/** One text field of the draft copy, named by its path in the copy. */
export interface SharedText {
  path: string;
  /** What the reviewer is shown it is ("Analysis: the victim"). */
  label: string;
  text: string;
}

/** A shared text after the removals, with what the detector still finds undecided in it. */
export interface ReviewedText extends SharedText {
  undecided: PersonalDataSpan[];
}

const neutralOf = (kind: RedactionKind): string => (kind === 'other' ? '[removed]' : neutralWords[kind]);

/** The text with every occurrence of each removed string replaced by its kind's neutral word. */
export function applyRemovals(
  text: string,
  removals: readonly Pick<RedactionDecision, 'text' | 'kind'>[],
): string {
  const found: { start: number; end: number; kind: RedactionKind }[] = [];
  for (const r of removals) {
    for (let at = text.indexOf(r.text); at !== -1 && r.text !== ''; at = text.indexOf(r.text, at + 1))
      found.push({ start: at, end: at + r.text.length, kind: r.kind });
  }
  // Longest first, so a removal that holds another is made whole.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: typeof found = [];
  for (const f of found) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of chosen) {
    out += text.slice(at, c.start) + neutralOf(c.kind);
    at = c.end;
  }
  return out + text.slice(at);
}

/** True when the span lies inside a neutral word the removals put there. */
function insideNeutralWord(text: string, span: PersonalDataSpan): boolean {
  for (const m of text.matchAll(/\[[a-z -]+\]/g))
    if (m.index <= span.start && span.end <= m.index + m[0].length) return true;
  return false;
}

/** A found span in the text as it will be shared, and whether the reviewer kept it. */
export interface ReviewedSpan extends PersonalDataSpan {
  kept: boolean;
}

/**
 * One field as it will be shared: the decisions' removals applied, and every span the detector
 * finds in the result, marked kept when the reviewer kept that text in this field.
 */
export function reviewField(
  original: string,
  decisions: readonly RedactionDecision[],
  known: readonly string[],
): { text: string; spans: ReviewedSpan[] } {
  const text = applyRemovals(
    original,
    decisions.filter((d) => d.action === 'remove'),
  );
  const kept = new Set(decisions.filter((d) => d.action === 'keep').map((d) => d.text));
  const spans = findPersonalData(text, known)
    .filter((s) => !insideNeutralWord(text, s))
    .map((s) => ({ ...s, kept: kept.has(s.text) }));
  return { text, spans };
}

/**
 * Applies the decisions to each text and runs the detector over the result: what it finds there
 * that was not explicitly kept (same field, same text) is undecided.
 */
export function reviewTexts(
  texts: readonly SharedText[],
  decisions: readonly RedactionDecision[],
  known: readonly string[],
): ReviewedText[] {
  return texts.map((t) => {
    const { text, spans } = reviewField(
      t.text,
      decisions.filter((d) => d.path === t.path),
      known,
    );
    return { ...t, text, undecided: spans.filter((s) => !s.kept) };
  });
}

/** Every undecided span of the reviewed texts, with its field (what a refusal lists). */
export function undecidedSpans(
  reviewed: readonly ReviewedText[],
): { path: string; kind: PersonalDataSpan['kind']; text: string }[] {
  return reviewed.flatMap((r) => r.undecided.map((s) => ({ path: r.path, kind: s.kind, text: s.text })));
}
