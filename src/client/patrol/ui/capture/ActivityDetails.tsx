// A colleague's activity, read-only: only its author may change it.
import { useEffect, useState } from 'react';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import { useWorkspace } from '#client/app/store';
import { PhotoView } from '#client/patrol/ui/PhotoView';
import { minutesText, timeOfDay, typeName } from './describe';

export function ActivityDetails({ activity }: { activity: Activity }) {
  const activities = useWorkspace().patrol.activities;
  const [hotspots, setHotspots] = useState<Hotspot[]>([]);
  const hotspotId = activity.hotspotId;
  useEffect(
    () => (hotspotId === undefined ? undefined : activities.watchHotspotsById([hotspotId], setHotspots)),
    [activities, hotspotId],
  );
  const hotspot = hotspots[0];
  return (
    <>
      <p className="capture-hint">Only the officer who logged this activity can change it.</p>
      <dl className="activity-details">
        <dt>What</dt>
        <dd>{typeName(activity.type)}</dd>
        <dt>When</dt>
        <dd>
          {new Date(activity.startedAt).toLocaleDateString('en-GB')} {timeOfDay(activity.startedAt)}, for{' '}
          {minutesText(activity.durationMinutes)}
        </dd>
        {activity.placeText !== undefined && activity.placeText !== '' && (
          <>
            <dt>Place</dt>
            <dd>{activity.placeText}</dd>
          </>
        )}
        {hotspotId !== undefined && (
          <>
            <dt>Hotspot</dt>
            <dd>{hotspot?.name ?? 'A hotspot not on this device'}</dd>
          </>
        )}
        {activity.notes !== undefined && activity.notes !== '' && (
          <>
            <dt>Notes</dt>
            <dd className="activity-notes">{activity.notes}</dd>
          </>
        )}
      </dl>
      {(activity.photos ?? []).length > 0 && (
        <ul className="capture-photo-list">
          {(activity.photos ?? []).map((photo, i) => (
            <li key={photo.sha256}>
              <PhotoView photo={photo} alt={`Photo ${i + 1} of this activity`} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
