// Radio groups, checkbox groups and one-item-per-line lists, bound to a section draft. Groups are
// fieldsets with a legend, so a screen reader reads the question with each choice.
import { useState } from 'react';
import { useT, type TFunction } from '#client/i18n/index';
import { vocabLabel, type VocabName } from '#client/i18n/vocab';
import { vocabularies } from '#client/i18n/vocab';
import { fieldId, GroupMessage } from './fields';
import type { Path } from './paths';
import type { SectionDraft } from './use-section-draft';

interface GroupProps {
  draft: SectionDraft;
  path: Path;
  legend: string;
  hint?: string;
}

export interface RadioChoice {
  label: string;
  value: string | boolean | null;
}

/** One answer from a few; choosing saves at once. */
export function RadioGroup({
  draft,
  path,
  legend,
  hint,
  choices,
}: GroupProps & { choices: readonly RadioChoice[] }) {
  const id = fieldId(path);
  const message = draft.message(path);
  const current = draft.get(path);
  return (
    <fieldset className={message === undefined ? 'choice-group' : 'choice-group field--error'} id={id}>
      <legend>{legend}</legend>
      <GroupMessage id={id} hint={hint} message={message} />
      <div className="choice-group__options">
        {choices.map((choice) => {
          const choiceId = `${id}-${String(choice.value)}`;
          return (
            <div className="choice" key={choiceId}>
              <input
                type="radio"
                id={choiceId}
                name={id}
                checked={current === choice.value}
                onChange={() => {
                  draft.set(path, choice.value);
                  draft.save.flush();
                }}
              />
              <label htmlFor={choiceId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function termChoices(t: TFunction, vocab: VocabName): RadioChoice[] {
  return vocabularies[vocab].map((term) => ({ label: vocabLabel(t, vocab, term.code), value: term.code }));
}

/** Any number of codes from a vocabulary, kept in vocabulary order. */
export function CheckboxGroup({ draft, path, legend, hint, vocab }: GroupProps & { vocab: VocabName }) {
  const t = useT();
  const terms = vocabularies[vocab];
  const id = fieldId(path);
  const message = draft.message(path);
  const raw = draft.get(path);
  const chosen = new Set(Array.isArray(raw) ? raw : []);
  return (
    <fieldset className={message === undefined ? 'choice-group' : 'choice-group field--error'} id={id}>
      <legend>{legend}</legend>
      <GroupMessage id={id} hint={hint} message={message} />
      <div className="choice-group__options">
        {terms.map((term) => (
          <div className="choice" key={term.code}>
            <input
              type="checkbox"
              id={`${id}-${term.code}`}
              checked={chosen.has(term.code)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(term.code);
                else next.delete(term.code);
                draft.set(
                  path,
                  terms.filter((term) => next.has(term.code)).map((term) => term.code),
                );
                draft.save.flush();
              }}
            />
            <label htmlFor={`${id}-${term.code}`}>{vocabLabel(t, vocab, term.code)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function linesOf(value: unknown): string {
  return Array.isArray(value) ? value.filter((x) => typeof x === 'string').join('\n') : '';
}

/**
 * A list typed one item per line (data sources, hypotheses, incident references). The text box
 * keeps exactly what was typed, blank lines and all; the saved list drops blanks and repeats.
 */
export function LinesField({
  draft,
  path,
  label,
  hint,
}: {
  draft: SectionDraft;
  path: Path;
  label: string;
  hint: string;
}) {
  const id = fieldId(path);
  const message = draft.message(path);
  const [text, setText] = useState(() => linesOf(draft.get(path)));
  return (
    <div className={message === undefined ? 'field' : 'field field--error'}>
      <label htmlFor={id}>{label}</label>
      <GroupMessage id={id} hint={hint} message={message} />
      <textarea
        id={id}
        rows={4}
        aria-invalid={message === undefined ? undefined : true}
        aria-describedby={message === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const items = event.target.value
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
          draft.set(path, [...new Set(items)]);
        }}
        onBlur={draft.save.flush}
      />
    </div>
  );
}
