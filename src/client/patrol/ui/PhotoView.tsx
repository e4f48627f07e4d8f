// One photo of an activity, from this device's bytes or fetched from the force database when it
// is first shown (and kept). A photo this user may not see, or one that is gone, says so.
import { useEffect, useState } from 'react';
import type { PhotoRef } from '#domain/patrol/activities';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';

type Shown =
  { state: 'loading' } | { state: 'ready'; url: string } | { state: 'unavailable' } | { state: 'offline' };

export function PhotoView({ photo, alt }: { photo: PhotoRef; alt: string }) {
  const t = useT();
  const photos = useWorkspace().patrol.photos;
  const [attempt, setAttempt] = useState(0);
  const key = `${photo.sha256}:${attempt}`;
  // Keyed by photo and attempt, so a new photo or "Try again" shows "Loading" until it answers.
  const [result, setResult] = useState<{ key: string; shown: Shown } | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let active = true;
    photos.load(photo.sha256).then(
      (loaded) => {
        if (!active) return;
        if (loaded.state !== 'ready') {
          setResult({ key, shown: { state: loaded.state } });
          return;
        }
        url = URL.createObjectURL(new Blob([loaded.bytes], { type: loaded.mime }));
        setResult({ key, shown: { state: 'ready', url } });
      },
      () => {
        if (active) setResult({ key, shown: { state: 'unavailable' } });
      },
    );
    return () => {
      active = false;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [photos, photo.sha256, key]);

  const shown: Shown = result?.key === key ? result.shown : { state: 'loading' };
  if (shown.state === 'ready')
    return <img className="photo-view" src={shown.url} alt={alt} width={photo.width} height={photo.height} />;
  if (shown.state === 'loading') return <p className="photo-missing">{t('patrol.photo.loading')}</p>;
  if (shown.state === 'offline')
    return (
      <div className="photo-missing">
        <p>{t('patrol.photo.offline')}</p>
        <button
          type="button"
          onClick={() => {
            setAttempt((n) => n + 1);
          }}
        >
          {t('patrol.photo.retry')}
        </button>
      </div>
    );
  return <p className="photo-missing">{t('patrol.photo.unavailable')}</p>;
}
