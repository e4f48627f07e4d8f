// "What did you do?": one large button per activity type, recent choices first. Tap 2 of 3.
import { activityTypes, type ActivityTypeCode } from '#domain/patrol/activity-types';
import { orderTypes } from './values';

interface TypePickerProps {
  value: ActivityTypeCode | '';
  recent: readonly string[];
  error: string | undefined;
  onChange: (type: ActivityTypeCode) => void;
}

export function TypePicker({ value, recent, error, onChange }: TypePickerProps) {
  const ordered = orderTypes(activityTypes, recent);
  return (
    <fieldset
      className={error === undefined ? 'capture-types' : 'capture-types field--error'}
      aria-describedby={error === undefined ? undefined : 'activity-type-error'}
    >
      <legend>What did you do?</legend>
      {error !== undefined && (
        <p className="field-error" id="activity-type-error">
          {error}
        </p>
      )}
      <div className="capture-type-grid">
        {ordered.map((type, i) => (
          <button
            key={type.code}
            // The first button takes the focus when "Choose what you did" is shown.
            id={i === 0 ? 'activity-type' : undefined}
            type="button"
            className={value === type.code ? 'capture-type capture-type--chosen' : 'capture-type'}
            aria-pressed={value === type.code}
            onClick={() => {
              onChange(type.code);
            }}
          >
            {type.en}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
