// Photos: take one or choose from the device. Each is prepared at once (resized, re-encoded
// without EXIF or GPS) and shown from its bytes; it is stored only when the activity is saved.
import { useEffect, useMemo, useState } from 'react';
import type { PhotoRef } from '#domain/patrol/activities';
import type { CapturedPhoto } from '#client/patrol/contract';
import { PhotoView } from '#client/patrol/ui/PhotoView';
import { useT } from '#client/i18n/index';

export const MAX_PHOTOS = 10;

interface PhotoFieldProps {
  saved: readonly PhotoRef[];
  added: readonly CapturedPhoto[];
  error: string | undefined;
  busy: boolean;
  onFiles: (files: File[]) => void;
  onRemoveSaved: (sha256: string) => void;
  onRemoveAdded: (sha256: string) => void;
}

function NewPhoto({ photo, index, onRemove }: { photo: CapturedPhoto; index: number; onRemove: () => void }) {
  const t = useT();
  const url = useMemo(() => URL.createObjectURL(new Blob([photo.bytes], { type: photo.mime })), [photo]);
  useEffect(
    () => () => {
      URL.revokeObjectURL(url);
    },
    [url],
  );
  return (
    <li>
      <img
        src={url}
        alt={t('patrol.capture.photos.newAlt', { n: index + 1 })}
        width={photo.width}
        height={photo.height}
      />
      <button type="button" onClick={onRemove}>
        {t('patrol.capture.photos.removeNew', { n: index + 1 })}
      </button>
    </li>
  );
}

export function PhotoField({
  saved,
  added,
  error,
  busy,
  onFiles,
  onRemoveSaved,
  onRemoveAdded,
}: PhotoFieldProps) {
  const t = useT();
  const [inputKey, setInputKey] = useState(0);
  const full = saved.length + added.length >= MAX_PHOTOS;
  return (
    <fieldset className={error === undefined ? 'capture-photos' : 'capture-photos field--error'}>
      <legend>{t('patrol.capture.photos.legend')}</legend>
      {error !== undefined && (
        <p className="field-error" id="activity-photos-error">
          {error}
        </p>
      )}
      <ul className="capture-photo-list">
        {saved.map((photo, i) => (
          <li key={photo.sha256}>
            <PhotoView photo={photo} alt={t('patrol.capture.photos.savedAlt', { n: i + 1 })} />
            <button
              type="button"
              onClick={() => {
                onRemoveSaved(photo.sha256);
              }}
            >
              {t('patrol.capture.photos.removeSaved', { n: i + 1 })}
            </button>
          </li>
        ))}
        {added.map((photo, i) => (
          <NewPhoto
            key={photo.sha256}
            photo={photo}
            index={i}
            onRemove={() => {
              onRemoveAdded(photo.sha256);
            }}
          />
        ))}
      </ul>
      {busy && <p role="status">{t('patrol.capture.photos.preparing')}</p>}
      {!full && (
        <label className="button-link capture-photo-add">
          {t('patrol.capture.photos.add')}
          <input
            key={inputKey}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            aria-describedby={error === undefined ? undefined : 'activity-photos-error'}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              setInputKey((k) => k + 1); // the same file can be chosen again after a removal
              if (files.length > 0) onFiles(files);
            }}
          />
        </label>
      )}
      <p className="capture-hint">{t('patrol.capture.photos.stripped')}</p>
    </fieldset>
  );
}
