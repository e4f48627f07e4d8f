// One shared text in the redaction review, as it will be shared: each span the detector found is
// highlighted with its kind and two choices (remove, keep); a kept span can be undone; what was
// removed is listed with an undo. Any other text can be selected and removed.
import { useRef, useState } from 'react';
import type { PersonalDataKind } from '#domain/good-practice/personal-data/kinds';
import type { FieldView, Redaction } from './use-redaction';

const kindNames: Record<PersonalDataKind | 'other', string> = {
  name: 'a name',
  date_of_birth: 'a date of birth or age',
  address: 'an address',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an e-mail address',
  vehicle: 'a vehicle registration',
  identifier: 'a reference number',
  known: 'named elsewhere in the record',
  other: 'selected by you',
};

function Segments({ field, redaction }: { field: FieldView; redaction: Redaction }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  field.spans.forEach((s, i) => {
    out.push(field.text.slice(at, s.start));
    const what = `“${s.text}” (${kindNames[s.kind]})`;
    out.push(
      <span key={i} className={`redaction__span${s.kept ? ' redaction__span--kept' : ''}`}>
        <mark data-kind={s.kind}>
          {s.text}
          <span className="redaction__kind"> {s.kept ? 'kept' : kindNames[s.kind]}</span>
        </mark>
        {s.kept ? (
          <button
            type="button"
            className="secondary"
            aria-label={`Undo keeping ${what}`}
            onClick={() => {
              redaction.undo(field.path, s.text);
            }}
          >
            Undo
          </button>
        ) : (
          <>
            <button
              type="button"
              aria-label={`Remove ${what}`}
              onClick={() => {
                redaction.decide(field.path, s, 'remove');
              }}
            >
              Remove
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Keep ${what}`}
              onClick={() => {
                redaction.decide(field.path, s, 'keep');
              }}
            >
              Keep
            </button>
          </>
        )}
      </span>,
    );
    at = s.end;
  });
  out.push(field.text.slice(at));
  return <>{out}</>;
}

export function ReviewedField({ field, redaction }: { field: FieldView; redaction: Redaction }) {
  const textRef = useRef<HTMLParagraphElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  function removeSelection(): void {
    const selection = window.getSelection();
    const selected = selection?.toString().trim() ?? '';
    const inside = selection?.anchorNode != null && textRef.current?.contains(selection.anchorNode) === true;
    if (selected === '' || !inside) {
      setHint('Select words in this field first, then press the button.');
      return;
    }
    setHint(null);
    redaction.decide(field.path, { text: selected, kind: 'other' }, 'remove');
    selection.removeAllRanges();
  }
  const left = field.spans.filter((s) => !s.kept).length;
  return (
    <section className="redaction__field" aria-labelledby={`field-${field.path}`}>
      <h2 id={`field-${field.path}`}>
        {field.label}
        {left > 0 && <span className="redaction__left"> · {left} to decide</span>}
      </h2>
      <p ref={textRef} className="redaction__text multiline">
        <Segments field={field} redaction={redaction} />
      </p>
      <button type="button" className="secondary" onClick={removeSelection}>
        Remove selected text
      </button>
      {hint !== null && <p className="field-error">{hint}</p>}
      {field.removed.length > 0 && (
        <ul className="redaction__removed">
          {field.removed.map((d) => (
            <li key={d.text}>
              Removed “{d.text}” ({kindNames[d.kind]}){' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Undo removing “${d.text}”`}
                onClick={() => {
                  redaction.undo(field.path, d.text);
                }}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
