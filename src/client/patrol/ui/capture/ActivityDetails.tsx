// A colleague's activity, read-only: only its author may change it.
import { useEffect, useState } from 'react';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import { useWorkspace } from '#client/app/store';
import { PhotoView } from '#client/patrol/ui/PhotoView';
import { formatDate, formatDuration, formatTime } from '#client/i18n/format';
import { useT } from '#client/i18n/index';
import { typeName } from './describe';

export function ActivityDetails({ activity }: { activity: Activity }) {
  const t = useT();
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
      <p className="capture-hint">{t('patrol.activity.onlyAuthor')}</p>
      <dl className="activity-details">
        <dt>{t('patrol.activity.what')}</dt>
        <dd>{typeName(t, activity.type)}</dd>
        <dt>{t('patrol.activity.when')}</dt>
        <dd>
          {t('patrol.activity.whenValue', {
            date: formatDate(activity.startedAt),
            time: formatTime(activity.startedAt),
            duration: formatDuration(activity.durationMinutes),
          })}
        </dd>
        {activity.placeText !== undefined && activity.placeText !== '' && (
          <>
            <dt>{t('patrol.activity.place')}</dt>
            <dd>{activity.placeText}</dd>
          </>
        )}
        {hotspotId !== undefined && (
          <>
            <dt>{t('patrol.activity.hotspot')}</dt>
            <dd>{hotspot?.name ?? t('patrol.activity.hotspotMissing')}</dd>
          </>
        )}
        {activity.notes !== undefined && activity.notes !== '' && (
          <>
            <dt>{t('patrol.activity.notes')}</dt>
            <dd className="activity-notes">{activity.notes}</dd>
          </>
        )}
      </dl>
      {(activity.photos ?? []).length > 0 && (
        <ul className="capture-photo-list">
          {(activity.photos ?? []).map((photo, i) => (
            <li key={photo.sha256}>
              <PhotoView photo={photo} alt={t('patrol.activity.detailsPhotoAlt', { n: i + 1 })} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
