// One shared text in the redaction review, as it will be shared: each span the detector found is
// highlighted with its kind and two choices (remove, keep); a kept span can be undone; what was
// removed is listed with an undo. Any other text can be selected and removed.
import { useRef, useState } from 'react';
import type { PersonalDataKind } from '#domain/good-practice/personal-data/kinds';
import { useT, type TFunction } from '#client/i18n/index';
import { fieldLabel } from './field-label';
import type { FieldView, Redaction } from './use-redaction';

/** What kind of personal detail a span is, in words ("a name", "a postcode"…). */
const kindName = (t: TFunction, kind: PersonalDataKind | 'other'): string =>
  t(`goodPractice.review.kind.${kind}`);

function Segments({ field, redaction }: { field: FieldView; redaction: Redaction }) {
  const t = useT();
  const out: React.ReactNode[] = [];
  let at = 0;
  field.spans.forEach((s, i) => {
    out.push(field.text.slice(at, s.start));
    const what = t('goodPractice.review.what', { text: s.text, kind: kindName(t, s.kind) });
    out.push(
      <span key={i} className={`redaction__span${s.kept ? ' redaction__span--kept' : ''}`}>
        <mark data-kind={s.kind}>
          {s.text}
          <span className="redaction__kind">
            {' '}
            {s.kept ? t('goodPractice.review.kept') : kindName(t, s.kind)}
          </span>
        </mark>
        {s.kept ? (
          <button
            type="button"
            className="secondary"
            aria-label={t('goodPractice.review.undoKeeping', { what })}
            onClick={() => {
              redaction.undo(field.path, s.text);
            }}
          >
            {t('goodPractice.review.undo')}
          </button>
        ) : (
          <>
            <button
              type="button"
              aria-label={t('goodPractice.review.removeWhat', { what })}
              onClick={() => {
                redaction.decide(field.path, s, 'remove');
              }}
            >
              {t('goodPractice.review.remove')}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={t('goodPractice.review.keepWhat', { what })}
              onClick={() => {
                redaction.decide(field.path, s, 'keep');
              }}
            >
              {t('goodPractice.review.keep')}
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
  const t = useT();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  function removeSelection(): void {
    const selection = window.getSelection();
    const selected = selection?.toString().trim() ?? '';
    const inside = selection?.anchorNode != null && textRef.current?.contains(selection.anchorNode) === true;
    if (selected === '' || !inside) {
      setHint(t('goodPractice.review.selectFirst'));
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
        {fieldLabel(t, field.path, field.label)}
        {left > 0 && (
          <span className="redaction__left"> · {t('goodPractice.review.toDecide', { count: left })}</span>
        )}
      </h2>
      <p ref={textRef} className="redaction__text multiline">
        <Segments field={field} redaction={redaction} />
      </p>
      <button type="button" className="secondary" onClick={removeSelection}>
        {t('goodPractice.review.removeSelected')}
      </button>
      {hint !== null && <p className="field-error">{hint}</p>}
      {field.removed.length > 0 && (
        <ul className="redaction__removed">
          {field.removed.map((d) => (
            <li key={d.text}>
              {t('goodPractice.review.removed', {
                what: t('goodPractice.review.what', { text: d.text, kind: kindName(t, d.kind) }),
              })}{' '}
              <button
                type="button"
                className="secondary"
                aria-label={t('goodPractice.review.undoRemoving', { text: d.text })}
                onClick={() => {
                  redaction.undo(field.path, d.text);
                }}
              >
                {t('goodPractice.review.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
