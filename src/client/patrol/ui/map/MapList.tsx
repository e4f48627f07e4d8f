// The map's list alternative: the same hotspots, activities and problems as text, with names,
// times and minutes. This is the path for keyboard and screen-reader users, and for anyone on a
// small screen who wants the facts rather than the picture.
import { Link } from 'react-router';
import type { MapFeatures, Period } from './map-features';
import { activityText } from './map-text';
import { formatDuration } from '#client/i18n/format';
import { Trans, useT } from '#client/i18n/index';

export function MapList({ features, period }: { features: MapFeatures; period: Period }) {
  const t = useT();
  return (
    <div className="map-list">
      <section aria-labelledby="map-list-hotspots">
        <h2 id="map-list-hotspots">{t('patrol.map.list.hotspots')}</h2>
        {features.hotspots.length === 0 ? (
          <p className="empty">{t('patrol.map.list.noHotspots')}</p>
        ) : (
          <ul data-testid="map-list-hotspots">
            {features.hotspots.map((h) => (
              <li key={h.id}>
                <strong>{h.name}</strong>:{' '}
                {t('patrol.map.list.hotspotMinutes', {
                  today: formatDuration(h.minutesToday),
                  week: formatDuration(h.minutes7Days),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="map-list-activities">
        <h2 id="map-list-activities">{t('patrol.map.list.activities')}</h2>
        {features.activities.length === 0 ? (
          <p className="empty">
            {period === 'today'
              ? t('patrol.map.list.noActivitiesToday')
              : t('patrol.map.list.noActivitiesWeek')}
          </p>
        ) : (
          <ul data-testid="map-list-activities">
            {features.activities.map((point) => {
              const [title, ...rest] = activityText(t, point);
              return (
                <li key={point.id}>
                  <strong>{title}</strong>: {rest.join(' · ')}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="map-list-problems">
        <h2 id="map-list-problems">{t('patrol.map.list.problems')}</h2>
        <p>
          <Trans
            t={t}
            i18nKey={
              period === 'today' ? 'patrol.map.list.problemsNoteToday' : 'patrol.map.list.problemsNoteWeek'
            }
            components={{ problems: <Link to="/" /> }}
          />
        </p>
        {features.problems.length > 0 && (
          <ul>
            {features.problems.map((p) => (
              <li key={p.id}>
                <Link to={`/problems/${p.id}`}>{p.problem.title}</Link>:{' '}
                {t('patrol.map.list.onMap', {
                  activities: t('patrol.map.activityCount', { count: p.activityCount }),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
