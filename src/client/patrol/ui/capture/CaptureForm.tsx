// The capture form, for a new activity and for its author's edits. Everything typed stays in the
// form on any failure (invalid field, full device, anything else), so Save can simply be pressed
// again. The Save bar stays on screen: tap 3 of 3 needs no scrolling, and it is the next Tab stop
// after the activity type (the details below are optional).
import { useCallback, useState, type SubmitEvent } from 'react';
import type { ActivityFields } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Team } from '#domain/session';
import {
  ActivityNotEditableError,
  PhotoUnreadableError,
  type CapturedPhoto,
  type PatrolServices,
} from '#client/patrol/contract';
import { StorageFullError, ValidationError } from '#client/app/contract';
import { Field, fieldAria } from '#client/app/form/Field';
import { Select, TextArea } from '#client/app/form/controls';
import { DurationField } from './DurationField';
import { LocationSection } from './LocationSection';
import { MAX_PHOTOS, PhotoField } from './PhotoField';
import { TypePicker } from './TypePicker';
import { useLocation } from './use-location';
import { applyFix, toFields, type CaptureErrors, type CaptureValues } from './values';

export const STORAGE_FULL_MESSAGE =
  'This device is full, so the activity was not saved. Nothing you entered has been lost: it is still in this form, photos included. Free up space (for example delete old photos or other apps’ data) and press Save again.';

export interface ProblemChoice {
  id: string;
  label: string;
  teamId: string;
}

interface CaptureFormProps {
  patrol: PatrolServices;
  teams: readonly Team[];
  initial: CaptureValues;
  recentTypes: readonly string[];
  problems: readonly ProblemChoice[];
  hotspots: readonly Hotspot[];
  /** New activities ask for the device position; edits keep the one saved. */
  locateOnOpen: boolean;
  onSave: (fields: ActivityFields, newPhotos: CapturedPhoto[]) => Promise<void>;
}

export function CaptureForm(props: CaptureFormProps) {
  const { patrol, teams, hotspots, problems } = props;
  const [values, setValues] = useState(props.initial);
  const [added, setAdded] = useState<CapturedPhoto[]>([]);
  const [errors, setErrors] = useState<CaptureErrors>({});
  const [photoError, setPhotoError] = useState<string | undefined>();
  const [preparing, setPreparing] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const locate = useCallback(() => patrol.locate(), [patrol]);
  const { location, retry } = useLocation(locate, props.locateOnOpen);
  const set = (changes: Partial<CaptureValues>) => {
    setValues((v) => ({ ...v, ...changes }));
  };
  // What is saved: a fix found since the form opened becomes the position, and picks the hotspot
  // it falls in unless the officer has chosen one themselves.
  const fix = location.status === 'found' ? location : null;
  const current = applyFix(values, fix, hotspots);

  async function addFiles(files: File[]): Promise<void> {
    setPhotoError(undefined);
    const room = MAX_PHOTOS - values.photos.length - added.length;
    if (files.length > room) setPhotoError(`Attach at most ${MAX_PHOTOS} photos to one activity.`);
    for (const file of files.slice(0, Math.max(0, room))) {
      setPreparing((n) => n + 1);
      try {
        const photo = await patrol.photos.prepare(file);
        setAdded((list) => (list.some((p) => p.sha256 === photo.sha256) ? list : [...list, photo]));
      } catch (error) {
        setPhotoError(
          error instanceof PhotoUnreadableError
            ? `“${file.name}” could not be read as a photo. Choose a JPEG, PNG or HEIC picture.`
            : `“${file.name}” could not be added. Try again.`,
        );
      } finally {
        setPreparing((n) => n - 1);
      }
    }
  }

  function showErrors(found: CaptureErrors): void {
    setErrors(found);
    const first = (['type', 'startedAt', 'durationMinutes', 'placeText', 'notes'] as const).find(
      (k) => found[k] !== undefined,
    );
    if (first !== undefined) document.getElementById(`activity-${first}`)?.focus();
  }

  async function save(): Promise<void> {
    setSaveError(null);
    const checked = toFields(current, added);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.onSave(checked.fields, added);
    } catch (error: unknown) {
      if (error instanceof ValidationError) {
        showErrors(error.fieldErrors);
        setSaveError('Some details need changing before this can be saved; see the messages above.');
      } else if (error instanceof StorageFullError) setSaveError(STORAGE_FULL_MESSAGE);
      else if (error instanceof ActivityNotEditableError)
        setSaveError('Only the officer who logged this activity can change it.');
      else
        setSaveError(
          'This activity could not be saved on this device. Nothing you entered has been lost; try again.',
        );
    } finally {
      setSaving(false);
    }
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    void save();
  }

  const teamOptions = teams.map((t) => ({ value: t.id, label: t.name }));
  const problemOptions = [
    { value: '', label: 'No problem' },
    ...problems.map((p) => ({ value: p.id, label: p.label })),
  ];
  const startedId = 'activity-startedAt';
  return (
    <form className="capture-form" onSubmit={handleSubmit} noValidate>
      <TypePicker
        value={values.type}
        recent={props.recentTypes}
        error={errors.type}
        onChange={(type) => {
          set({ type });
        }}
      />
      {/* Save straight after the type in the Tab order (tap 3 of 3); CSS keeps the bar at the
          bottom of the screen. */}
      <div className="capture-save-bar">
        <div role="alert" className="form-error">
          {saveError}
        </div>
        <button type="submit" className="primary" disabled={saving || preparing > 0}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
      <Field id={startedId} label="Started at" error={errors.startedAt}>
        <input
          {...fieldAria(startedId, errors.startedAt)}
          name="startedAt"
          type="datetime-local"
          value={values.startedAt}
          onChange={(event) => {
            set({ startedAt: event.target.value });
          }}
        />
      </Field>
      <DurationField
        value={values.duration}
        error={errors.durationMinutes}
        onChange={(duration) => {
          set({ duration });
        }}
      />
      <LocationSection
        values={current}
        errors={errors}
        location={location}
        saved={props.initial.position}
        hotspots={hotspots}
        onRetry={retry}
        onPlace={(placeText) => {
          set({ placeText });
        }}
        onHotspot={(hotspotId) => {
          set({ hotspotId, hotspotLink: 'officer' });
        }}
      />
      {problems.length > 0 && (
        <Select
          id="activity-problemId"
          name="problemId"
          label="Problem this was for"
          value={values.problemId}
          error={errors.problemId}
          options={problemOptions}
          onChange={(problemId) => {
            const teamId = problems.find((p) => p.id === problemId)?.teamId;
            set({ problemId, ...(teamId === undefined ? {} : { teamId }) });
          }}
        />
      )}
      {teams.length > 1 && (
        <Select
          id="activity-teamId"
          name="teamId"
          label="Team"
          value={values.teamId}
          error={errors.teamId}
          options={teamOptions}
          onChange={(teamId) => {
            set({ teamId });
          }}
        />
      )}
      <TextArea
        id="activity-notes"
        name="notes"
        label="Notes"
        value={values.notes}
        error={errors.notes}
        onChange={(notes) => {
          set({ notes });
        }}
      />
      <PhotoField
        saved={values.photos}
        added={added}
        error={photoError ?? errors.photos}
        busy={preparing > 0}
        onFiles={(files) => {
          void addFiles(files);
        }}
        onRemoveSaved={(sha) => {
          set({ photos: values.photos.filter((p) => p.sha256 !== sha) });
        }}
        onRemoveAdded={(sha) => {
          setAdded((list) => list.filter((p) => p.sha256 !== sha));
        }}
      />
    </form>
  );
}
