// Form controls bound to one field of a section draft. Each saves as the officer types (through
// the draft's autosave) and at once when it loses focus. Every control has a label; a hint and
// the field's message sit under the label, tied to the control by aria-describedby.
import type { ReactNode } from 'react';
import { useT } from '#client/i18n/index';
import { vocabLabel, type VocabName } from '#client/i18n/vocab';
import { vocabularies } from '#client/i18n/vocab';
import { pathKey, type Path } from './paths';
import type { SectionDraft } from './use-section-draft';

interface Bound {
  draft: SectionDraft;
  path: Path;
  label: string;
  hint?: string;
}

export function fieldId(path: Path): string {
  return `osara-${pathKey(path).replace(/\./g, '-')}`;
}

function describedBy(id: string, hint: string | undefined, message: string | undefined): string | undefined {
  const ids = [hint === undefined ? '' : `${id}-hint`, message === undefined ? '' : `${id}-error`];
  const joined = ids.filter((x) => x !== '').join(' ');
  return joined === '' ? undefined : joined;
}

/** A field's hint and error lines, referenced by its aria-describedby. */
export function GroupMessage({
  id,
  hint,
  message,
}: {
  id: string;
  hint: string | undefined;
  message: string | undefined;
}) {
  return (
    <>
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {message !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </>
  );
}

function Frame({
  id,
  label,
  hint,
  message,
  children,
}: {
  id: string;
  label: string;
  hint: string | undefined;
  message: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={message === undefined ? 'field' : 'field field--error'}>
      <label htmlFor={id}>{label}</label>
      <GroupMessage id={id} hint={hint} message={message} />
      {children}
    </div>
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

type InputKind = 'text' | 'date' | 'number';

/** A one-line text, date or whole-number input. Clearing it removes the field. */
export function InputField({ draft, path, label, hint, kind = 'text' }: Bound & { kind?: InputKind }) {
  const id = fieldId(path);
  const message = draft.message(path);
  return (
    <Frame id={id} label={label} hint={hint} message={message}>
      <input
        id={id}
        type={kind}
        inputMode={kind === 'number' ? 'numeric' : undefined}
        aria-invalid={message === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, message)}
        value={textOf(draft.get(path))}
        onChange={(event) => {
          const raw = event.target.value;
          if (kind === 'text') draft.set(path, raw);
          else if (raw.trim() === '') draft.set(path, undefined);
          else draft.set(path, kind === 'number' ? Number(raw) : raw);
        }}
        onBlur={draft.save.flush}
      />
    </Frame>
  );
}

export function TextAreaField({ draft, path, label, hint, rows = 4 }: Bound & { rows?: number }) {
  const id = fieldId(path);
  const message = draft.message(path);
  return (
    <Frame id={id} label={label} hint={hint} message={message}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={message === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, message)}
        value={textOf(draft.get(path))}
        onChange={(event) => {
          draft.set(path, event.target.value);
        }}
        onBlur={draft.save.flush}
      />
    </Frame>
  );
}

/** A select over a vocabulary, with a "not chosen yet" first option that clears the field. */
export function SelectField({ draft, path, label, hint, vocab }: Bound & { vocab: VocabName }) {
  const t = useT();
  const id = fieldId(path);
  const message = draft.message(path);
  return (
    <Frame id={id} label={label} hint={hint} message={message}>
      <select
        id={id}
        aria-invalid={message === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, message)}
        value={textOf(draft.get(path))}
        onChange={(event) => {
          const value = event.target.value;
          draft.set(path, value === '' ? undefined : value);
          draft.save.flush();
        }}
      >
        <option value="">{t('osara.fields.notChosen')}</option>
        {vocabularies[vocab].map((term) => (
          <option key={term.code} value={term.code}>
            {vocabLabel(t, vocab, term.code)}
          </option>
        ))}
      </select>
    </Frame>
  );
}
