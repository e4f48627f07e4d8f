// Where: the device position with its accuracy (or why there is none), the typed street or
// place, and the hotspot, matched from the position until the officer chooses one themselves.
import type { Hotspot } from '#domain/patrol/hotspots';
import { Select, TextInput } from '#client/app/form/controls';
import { describeAccuracy, describeLocateFailure } from './location-text';
import type { LocationState } from './use-location';
import type { CaptureErrors, CapturePosition, CaptureValues } from './values';

interface LocationSectionProps {
  values: CaptureValues;
  errors: CaptureErrors;
  location: LocationState;
  /** The position already saved with the activity (editing), shown when no new fix is wanted. */
  saved: CapturePosition | null;
  hotspots: readonly Hotspot[];
  onRetry: () => void;
  onPlace: (value: string) => void;
  onHotspot: (hotspotId: string) => void;
}

function PositionStatus({
  location,
  saved,
  onRetry,
}: Pick<LocationSectionProps, 'location' | 'saved' | 'onRetry'>) {
  if (location.status === 'found') return <p>Position recorded, {describeAccuracy(location.accuracyM)}.</p>;
  if (location.status === 'locating') return <p>Finding your position…</p>;
  if (location.status === 'idle')
    return saved === null ? (
      <p>No position was recorded.</p>
    ) : (
      <p>Position recorded when logged, {describeAccuracy(saved.accuracyM)}.</p>
    );
  return (
    <div className="capture-note" role="status">
      <p>{describeLocateFailure(location.reason)}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function LocationSection(props: LocationSectionProps) {
  const { values, errors, hotspots, onPlace, onHotspot } = props;
  const chosen = hotspots.find((h) => h.id === values.hotspotId);
  const options = [
    { value: '', label: 'No hotspot' },
    ...hotspots.map((h) => ({ value: h.id, label: h.name })),
    // A hotspot from another day (editing an older activity) stays selectable as it was.
    ...(values.hotspotId !== '' && chosen === undefined
      ? [{ value: values.hotspotId, label: 'A hotspot from another day' }]
      : []),
  ];
  return (
    <fieldset className="capture-where">
      <legend>Where</legend>
      <div aria-live="polite">
        <PositionStatus location={props.location} saved={props.saved} onRetry={props.onRetry} />
      </div>
      <TextInput
        id="activity-placeText"
        name="placeText"
        label="Street or place"
        value={values.placeText}
        error={errors.placeText}
        onChange={onPlace}
      />
      {hotspots.length === 0 && values.hotspotId === '' ? (
        <p className="capture-hint">No hotspots for today are on this device.</p>
      ) : (
        <>
          <Select
            id="activity-hotspotId"
            name="hotspotId"
            label="Hotspot"
            value={values.hotspotId}
            error={errors.hotspotId}
            options={options}
            onChange={onHotspot}
          />
          {values.hotspotLink === 'auto' && chosen !== undefined && (
            <p className="capture-hint">Linked from your position: you are inside {chosen.name}.</p>
          )}
        </>
      )}
    </fieldset>
  );
}
