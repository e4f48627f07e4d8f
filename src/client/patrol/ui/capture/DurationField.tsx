// Minutes spent: a number field with quick choices; the default is the last duration saved.
import { Field, fieldAria } from '#client/app/form/Field';
import { formatNumber } from '#client/i18n/format';
import { useT } from '#client/i18n/index';
import { QUICK_DURATIONS } from './values';

interface DurationFieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function DurationField({ value, error, onChange }: DurationFieldProps) {
  const t = useT();
  const id = 'activity-durationMinutes';
  return (
    <Field id={id} label={t('patrol.capture.duration')} error={error}>
      <input
        {...fieldAria(id, error)}
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        step={1}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <div className="capture-quick" role="group" aria-label={t('patrol.capture.quickDurations')}>
        {QUICK_DURATIONS.map((minutes) => (
          <button
            key={minutes}
            type="button"
            aria-pressed={value === String(minutes)}
            onClick={() => {
              onChange(String(minutes));
            }}
          >
            {t('patrol.capture.quickMinutes', { minutes: formatNumber(minutes) })}
          </button>
        ))}
      </div>
    </Field>
  );
}
