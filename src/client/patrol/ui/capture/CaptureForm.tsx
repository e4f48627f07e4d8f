// The capture form, for a new activity and for its author's edits. Everything typed stays in the
// form on any failure (invalid field, full device, anything else), so Save can simply be pressed
// again. The Save bar stays on screen: tap 3 of 3 needs no scrolling, and it is the next Tab stop
// after the activity type (the details below are optional).
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
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
import { useT } from '#client/i18n/index';
import { issueTexts } from '#client/i18n/validation';
import { dropDraft, keepDraft, readDraft, type DraftFor } from './draft';
import {
  applyFix,
  captureErrorTexts,
  toFields,
  type CaptureErrorCodes,
  type CaptureErrors,
  type CaptureValues,
} from './values';

/** Why Save did not save, worded at render so a language switch re-words it. */
type SaveProblem = 'invalid' | 'storageFull' | 'notEditable' | 'failed';
type PhotoProblem = { kind: 'tooManyPhotos' } | { kind: 'photoUnreadable' | 'photoFailed'; name: string };

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
  /** Whose form this is and which ("new", or the activity's id): what is typed is kept for them. */
  draft: { userId: string; form: DraftFor };
  onSave: (fields: ActivityFields, newPhotos: CapturedPhoto[]) => Promise<void>;
}

export function CaptureForm(props: CaptureFormProps) {
  const { patrol, teams, hotspots, problems } = props;
  const t = useT();
  const { userId, form } = props.draft;
  // What the officer typed before leaving the form (to switch language, say) comes back.
  const [kept] = useState(() => readDraft(userId, form));
  const [restored, setRestored] = useState(kept !== undefined);
  const [values, setValues] = useState(kept?.values ?? props.initial);
  const [added, setAdded] = useState<CapturedPhoto[]>(kept?.added ?? []);
  const opened = useRef(values);
  useEffect(() => {
    // Kept from the first change on, so leaving an untouched form keeps nothing.
    if (values === opened.current && added.length === 0) return;
    keepDraft(userId, form, { values, added });
  }, [values, added, userId, form]);
  function startAgain(): void {
    dropDraft(userId, form);
    opened.current = props.initial;
    setValues(props.initial);
    setAdded([]);
    setRestored(false);
  }
  // The form's own findings as codes, the write path's as the schema's messages; both are worded
  // here, as the form renders, so a language switch rewords them.
  const [found, setFound] = useState<{ codes: CaptureErrorCodes; given: CaptureErrors }>({
    codes: {},
    given: {},
  });
  const errors: CaptureErrors = { ...issueTexts(t, found.given), ...captureErrorTexts(t, found.codes) };
  const [photoProblem, setPhotoProblem] = useState<PhotoProblem | undefined>();
  const photoError =
    photoProblem === undefined
      ? undefined
      : photoProblem.kind === 'tooManyPhotos'
        ? t('patrol.capture.errors.tooManyPhotos', { max: MAX_PHOTOS })
        : t(`patrol.capture.errors.${photoProblem.kind}`, { name: photoProblem.name });
  const [preparing, setPreparing] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
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
    setPhotoProblem(undefined);
    const room = MAX_PHOTOS - values.photos.length - added.length;
    if (files.length > room) setPhotoProblem({ kind: 'tooManyPhotos' });
    for (const file of files.slice(0, Math.max(0, room))) {
      setPreparing((n) => n + 1);
      try {
        const photo = await patrol.photos.prepare(file);
        setAdded((list) => (list.some((p) => p.sha256 === photo.sha256) ? list : [...list, photo]));
      } catch (error) {
        setPhotoProblem({
          kind: error instanceof PhotoUnreadableError ? 'photoUnreadable' : 'photoFailed',
          name: file.name,
        });
      } finally {
        setPreparing((n) => n - 1);
      }
    }
  }

  function showErrors(shown: { codes: CaptureErrorCodes; given: CaptureErrors }): void {
    setFound(shown);
    const first = (['type', 'startedAt', 'durationMinutes', 'placeText', 'notes'] as const).find(
      (k) => shown.codes[k] !== undefined || shown.given[k] !== undefined,
    );
    if (first !== undefined) document.getElementById(`activity-${first}`)?.focus();
  }

  async function save(): Promise<void> {
    setSaveProblem(null);
    const checked = toFields(current, added);
    if (!checked.ok) {
      showErrors({ codes: checked.errors, given: {} });
      return;
    }
    setFound({ codes: {}, given: {} });
    setSaving(true);
    try {
      await props.onSave(checked.fields, added);
      dropDraft(userId, form);
    } catch (error: unknown) {
      if (error instanceof ValidationError) {
        showErrors({ codes: {}, given: error.fieldErrors });
        setSaveProblem('invalid');
      } else if (error instanceof StorageFullError) setSaveProblem('storageFull');
      else if (error instanceof ActivityNotEditableError) setSaveProblem('notEditable');
      else setSaveProblem('failed');
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
    { value: '', label: t('patrol.capture.noProblem') },
    ...problems.map((p) => ({ value: p.id, label: p.label })),
  ];
  const startedId = 'activity-startedAt';
  return (
    <>
      {restored && (
        <div className="capture-note" role="status">
          <p>{t('patrol.capture.draftRestored')}</p>
          <button type="button" onClick={startAgain}>
            {t('patrol.capture.startAgain')}
          </button>
        </div>
      )}
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
            {saveProblem === null ? null : t(`patrol.capture.errors.${saveProblem}`)}
          </div>
          <button type="submit" className="primary" disabled={saving || preparing > 0}>
            {saving ? t('patrol.capture.saving') : t('patrol.capture.save')}
          </button>
        </div>
        <Field id={startedId} label={t('patrol.capture.startedAt')} error={errors.startedAt}>
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
            label={t('patrol.capture.problem')}
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
            label={t('patrol.capture.team')}
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
          label={t('patrol.capture.notes')}
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
    </>
  );
}
