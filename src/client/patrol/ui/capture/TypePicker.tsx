// "What did you do?": one large button per activity type, recent choices first. Tap 2 of 3.
// One stop in the Tab order (the chosen type, else the first): the arrow keys, Home and End move
// between the types, so Save comes one Tab after the type instead of after every other type.
import type { KeyboardEvent } from 'react';
import { activityTypes, type ActivityTypeCode } from '#domain/patrol/activity-types';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { orderTypes } from './values';

interface TypePickerProps {
  value: ActivityTypeCode | '';
  recent: readonly string[];
  error: string | undefined;
  onChange: (type: ActivityTypeCode) => void;
}

export function TypePicker({ value, recent, error, onChange }: TypePickerProps) {
  const t = useT();
  const ordered = orderTypes(activityTypes, recent);
  const stop = ordered.some((t) => t.code === value) ? value : ordered[0]?.code;
  function move(event: KeyboardEvent<HTMLDivElement>): void {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons[(to + buttons.length) % buttons.length]?.focus();
  }
  return (
    <fieldset
      className={error === undefined ? 'capture-types' : 'capture-types field--error'}
      aria-describedby={error === undefined ? undefined : 'activity-type-error'}
    >
      <legend>{t('patrol.capture.typeLegend')}</legend>
      {error !== undefined && (
        <p className="field-error" id="activity-type-error">
          {error}
        </p>
      )}
      <div className="capture-type-grid" onKeyDown={move}>
        {ordered.map((type, i) => (
          <button
            key={type.code}
            // The first button takes the focus when "Choose what you did" is shown.
            id={i === 0 ? 'activity-type' : undefined}
            type="button"
            className={value === type.code ? 'capture-type capture-type--chosen' : 'capture-type'}
            aria-pressed={value === type.code}
            tabIndex={type.code === stop ? 0 : -1}
            onClick={() => {
              onChange(type.code);
            }}
          >
            {vocabLabel(t, 'activityType', type.code)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
