// The redaction review's state: the decisions made so far, and each shared text as it will be
// shared with those decisions, with the spans the detector still finds in it. The detector runs
// per field and is remembered per (field, text, decisions), so a click re-reads one field only.
import { useMemo, useState } from 'react';
import { knownStringsOf, sharedTextsOf } from '#domain/good-practice/publish';
import { reviewField, type ReviewedSpan } from '#domain/good-practice/redaction';
import type { RedactionDecision } from '#domain/good-practice/redaction-decision';
import type { PublishableSource } from '#client/good-practice/contract';

export interface FieldView {
  path: string;
  label: string;
  /** The field as it will be shared. */
  text: string;
  spans: ReviewedSpan[];
  /** What the reviewer removed from it (to undo). */
  removed: RedactionDecision[];
}

export interface Redaction {
  fields: FieldView[];
  /** Spans found and not yet decided, across every field. */
  left: number;
  decide(
    path: string,
    span: { text: string; kind: RedactionDecision['kind'] },
    action: 'remove' | 'keep',
  ): void;
  undo(path: string, text: string): void;
  decisions: RedactionDecision[];
}

// Reviewed fields by (field, text, its decisions, known strings). Module-wide and bounded: a
// review session touches a few hundred combinations at most.
const reviewed = new Map<string, ReturnType<typeof reviewField>>();

function reviewOnce(text: string, decisions: RedactionDecision[], known: readonly string[], key: string) {
  let result = reviewed.get(key);
  if (result === undefined) {
    if (reviewed.size > 500) reviewed.clear();
    result = reviewField(text, decisions, known);
    reviewed.set(key, result);
  }
  return result;
}

export function useRedaction(source: PublishableSource, summary: string): Redaction {
  const [decisions, setDecisions] = useState<RedactionDecision[]>([]);
  const { problem, actions, evaluation } = source;
  const texts = useMemo(
    () => sharedTextsOf(problem, actions, evaluation, summary),
    [problem, actions, evaluation, summary],
  );
  const known = useMemo(() => knownStringsOf(problem, actions), [problem, actions]);
  const fields = useMemo(
    () =>
      texts.map((t): FieldView => {
        const mine = decisions.filter((d) => d.path === t.path);
        const key = JSON.stringify([t.path, t.text, mine, known]);
        return {
          path: t.path,
          label: t.label,
          ...reviewOnce(t.text, mine, known, key),
          removed: mine.filter((d) => d.action === 'remove'),
        };
      }),
    [texts, decisions, known],
  );
  return {
    fields,
    left: fields.reduce((n, f) => n + f.spans.filter((s) => !s.kept).length, 0),
    decisions,
    decide(path, span, action) {
      setDecisions((ds) => [
        ...ds.filter((d) => !(d.path === path && d.text === span.text)),
        { path, text: span.text, kind: span.kind, action },
      ]);
    },
    undo(path, text) {
      setDecisions((ds) => ds.filter((d) => !(d.path === path && d.text === text)));
    },
  };
}
