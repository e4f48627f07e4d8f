// Where: the device position with its accuracy (or why there is none), the typed street or
// place, and the hotspot, matched from the position until the officer chooses one themselves.
import type { Hotspot } from '#domain/patrol/hotspots';
import { Select, TextInput } from '#client/app/form/controls';
import { useT } from '#client/i18n/index';
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
  const t = useT();
  if (location.status === 'found')
    return <p>{t('patrol.capture.where.found', { accuracy: describeAccuracy(t, location.accuracyM) })}</p>;
  if (location.status === 'locating') return <p>{t('patrol.capture.where.locating')}</p>;
  if (location.status === 'idle')
    return saved === null ? (
      <p>{t('patrol.capture.where.none')}</p>
    ) : (
      <p>{t('patrol.capture.where.savedPosition', { accuracy: describeAccuracy(t, saved.accuracyM) })}</p>
    );
  return (
    <div className="capture-note" role="status">
      <p>{describeLocateFailure(t, location.reason)}</p>
      <button type="button" onClick={onRetry}>
        {t('patrol.capture.where.retry')}
      </button>
    </div>
  );
}

export function LocationSection(props: LocationSectionProps) {
  const { values, errors, hotspots, onPlace, onHotspot } = props;
  const t = useT();
  const chosen = hotspots.find((h) => h.id === values.hotspotId);
  const options = [
    { value: '', label: t('patrol.capture.where.noHotspot') },
    ...hotspots.map((h) => ({ value: h.id, label: h.name })),
    // A hotspot from another day (editing an older activity) stays selectable as it was.
    ...(values.hotspotId !== '' && chosen === undefined
      ? [{ value: values.hotspotId, label: t('patrol.capture.where.otherDayHotspot') }]
      : []),
  ];
  return (
    <fieldset className="capture-where">
      <legend>{t('patrol.capture.where.legend')}</legend>
      <div aria-live="polite">
        <PositionStatus location={props.location} saved={props.saved} onRetry={props.onRetry} />
      </div>
      <TextInput
        id="activity-placeText"
        name="placeText"
        label={t('patrol.capture.where.place')}
        value={values.placeText}
        error={errors.placeText}
        onChange={onPlace}
      />
      {hotspots.length === 0 && values.hotspotId === '' ? (
        <p className="capture-hint">{t('patrol.capture.where.noHotspotsToday')}</p>
      ) : (
        <>
          <Select
            id="activity-hotspotId"
            name="hotspotId"
            label={t('patrol.capture.where.hotspot')}
            value={values.hotspotId}
            error={errors.hotspotId}
            options={options}
            onChange={onHotspot}
          />
          {values.hotspotLink === 'auto' && chosen !== undefined && (
            <p className="capture-hint">{t('patrol.capture.where.linkedInside', { name: chosen.name })}</p>
          )}
        </>
      )}
    </fieldset>
  );
}
