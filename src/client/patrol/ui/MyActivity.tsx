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
import { dayHeading, minutesText, placeOf, timeOfDay, typeName } from './capture/describe';
import { PhotoView } from './PhotoView';
import { errorText, useT } from '#client/i18n/index';
import './capture/capture.css';

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
  const place = placeOf(activity, hotspot?.name);
  return (
    <li className="activity-entry">
      <Link to={`/activity/${activity.id}`} className="activity-entry-link">
        <span className="activity-entry-time">{timeOfDay(activity.startedAt)}</span>{' '}
        <strong>{typeName(activity.type)}</strong>, {minutesText(activity.durationMinutes)}
      </Link>
      {place !== '' && <p>{place}</p>}
      {hotspot !== undefined && activity.hotspotLink === 'auto' && (
        <p className="capture-hint">Linked to hotspot {hotspot.name} from the position.</p>
      )}
      {activity.notes !== undefined && activity.notes !== '' && (
        <p className="activity-notes">{activity.notes}</p>
      )}
      {photos.length > 0 && (
        <ul className="capture-photo-list capture-photo-list--small">
          {photos.map((photo, i) => (
            <li key={photo.sha256}>
              <PhotoView
                photo={photo}
                alt={`Photo ${i + 1} of ${typeName(activity.type)} at ${timeOfDay(activity.startedAt)}`}
              />
            </li>
          ))}
        </ul>
      )}
      {activity.version === null && <p className="capture-hint">Not yet synced.</p>}
      {waiting > 0 && (
        <p className="capture-hint">{waiting === 1 ? '1 photo' : `${waiting} photos`} waiting to upload.</p>
      )}
      {refused.map((r) => (
        <p key={r.sha256} className="field-error">
          A photo was not accepted by the force database: {errorText(t, r.reason)} It is kept on this device.
        </p>
      ))}
    </li>
  );
}

export function MyActivity() {
  const workspace = useWorkspace();
  const patrol = workspace.patrol;
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
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
      <title>My activity — Beatbook</title>
      <h1>My activity</h1>
      <div role="status">{saved !== undefined && <p className="capture-saved">{saved}</p>}</div>
      <p>
        <Link to="/activity/new" className="button-link">
          Log activity
        </Link>
      </p>
      {activities === null && <p>Loading your activity…</p>}
      {activities !== null && activities.length === 0 && (
        <p>You have not logged any activity on this device yet.</p>
      )}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="activity-day">
          <h2 id={`day-${day.date}`}>
            {dayHeading(day.date)}{' '}
            <span className="activity-day-total">— {minutesText(day.minutes)} in total</span>
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
