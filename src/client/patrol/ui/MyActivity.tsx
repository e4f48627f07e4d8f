// My activity (/activity): my own log by day, newest first, with the total time each day. Tap an
// entry to change it. Read from the device, so it works offline.
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import { localDate } from '#domain/dates';
import { minutesByDay } from '#domain/patrol/dosage';
import { useWorkspace } from '#client/app/store';
import type { PhotoRefusal } from '#client/patrol/contract';
import { placeOf, typeName } from './capture/describe';
import { PhotoView } from './PhotoView';
import { errorText, useT } from '#client/i18n/index';
import { formatDuration, formatLongDate, formatTime } from '#client/i18n/format';
import './capture/capture.css';

/** The confirmation the capture screen asks for when it comes back here after a save. */
export type SavedNotice = 'savedNew' | 'savedChanges';

interface Uploads {
  pending: string[];
  refused: PhotoRefusal[];
}

function Entry({
  activity,
  hotspot,
  uploads,
}: {
  activity: Activity;
  hotspot: Hotspot | undefined;
  uploads: Uploads;
}) {
  const photos = activity.photos ?? [];
  const t = useT();
  const refused = uploads.refused.filter((r) => photos.some((p) => p.sha256 === r.sha256));
  const waiting = photos.filter((p) => uploads.pending.includes(p.sha256)).length - refused.length;
  const place = placeOf(t, activity, hotspot?.name);
  const type = typeName(t, activity.type);
  const time = formatTime(activity.startedAt);
  return (
    <li className="activity-entry">
      <Link to={`/activity/${activity.id}`} className="activity-entry-link">
        <span className="activity-entry-time">{time}</span> <strong>{type}</strong>,{' '}
        {formatDuration(activity.durationMinutes)}
      </Link>
      {place !== '' && <p>{place}</p>}
      {hotspot !== undefined && activity.hotspotLink === 'auto' && (
        <p className="capture-hint">{t('patrol.activity.autoLinked', { name: hotspot.name })}</p>
      )}
      {activity.notes !== undefined && activity.notes !== '' && (
        <p className="activity-notes">{activity.notes}</p>
      )}
      {photos.length > 0 && (
        <ul className="capture-photo-list capture-photo-list--small">
          {photos.map((photo, i) => (
            <li key={photo.sha256}>
              <PhotoView photo={photo} alt={t('patrol.activity.photoAlt', { n: i + 1, type, time })} />
            </li>
          ))}
        </ul>
      )}
      {activity.version === null && <p className="capture-hint">{t('patrol.activity.notSynced')}</p>}
      {waiting > 0 && (
        <p className="capture-hint">{t('patrol.activity.photosWaiting', { count: waiting })}</p>
      )}
      {refused.map((r) => (
        <p key={r.sha256} className="field-error">
          {t('patrol.activity.photoRefused', { reason: errorText(t, r.reason) })}
        </p>
      ))}
    </li>
  );
}

export function MyActivity() {
  const workspace = useWorkspace();
  const patrol = workspace.patrol;
  const t = useT();
  // Which confirmation to show after a save (a code, so it reads in the language in use).
  const saved = (useLocation().state as { saved?: SavedNotice } | null)?.saved;
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [hotspots, setHotspots] = useState<Hotspot[]>([]);
  const [uploads, setUploads] = useState<Uploads>({ pending: [], refused: [] });
  useEffect(() => patrol.activities.watchMine(setActivities), [patrol]);
  useEffect(() => patrol.photos.watchUploads(setUploads), [patrol]);
  const hotspotIds = useMemo(
    () =>
      [...new Set((activities ?? []).flatMap((a) => (a.hotspotId === undefined ? [] : [a.hotspotId])))].join(
        ',',
      ),
    [activities],
  );
  useEffect(
    () => patrol.activities.watchHotspotsById(hotspotIds === '' ? [] : hotspotIds.split(','), setHotspots),
    [patrol, hotspotIds],
  );

  const days = minutesByDay(activities ?? []);
  return (
    <>
      <title>{t('app.title', { screen: t('patrol.activity.title') })}</title>
      <h1>{t('patrol.activity.title')}</h1>
      <div role="status">
        {(saved === 'savedNew' || saved === 'savedChanges') && (
          <p className="capture-saved">{t(`patrol.capture.${saved}`)}</p>
        )}
      </div>
      <p>
        <Link to="/activity/new" className="button-link">
          {t('patrol.logActivity')}
        </Link>
      </p>
      {activities === null && <p>{t('patrol.activity.loading')}</p>}
      {activities !== null && activities.length === 0 && <p>{t('patrol.activity.empty')}</p>}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="activity-day">
          <h2 id={`day-${day.date}`}>
            {formatLongDate(day.date)}{' '}
            <span className="activity-day-total">
              {t('patrol.activity.dayTotal', { duration: formatDuration(day.minutes) })}
            </span>
          </h2>
          <ul className="activity-list">
            {(activities ?? [])
              .filter((a) => localDate(a.startedAt) === day.date)
              .map((a) => (
                <Entry
                  key={a.id}
                  activity={a}
                  hotspot={hotspots.find((h) => h.id === a.hotspotId)}
                  uploads={uploads}
                />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
