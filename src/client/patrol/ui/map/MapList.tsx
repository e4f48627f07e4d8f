// The map's list alternative: the same hotspots, activities and problems as text, with names,
// times and minutes. This is the path for keyboard and screen-reader users, and for anyone on a
// small screen who wants the facts rather than the picture.
import { Link } from 'react-router';
import type { MapFeatures, Period } from './map-features';
import { activityText } from './map-text';
import { minutesText } from '#client/patrol/ui/today/select';

export function MapList({ features, period }: { features: MapFeatures; period: Period }) {
  const when = period === 'today' ? 'today' : 'in the last 7 days';
  return (
    <div className="map-list">
      <section aria-labelledby="map-list-hotspots">
        <h2 id="map-list-hotspots">Hotspots today</h2>
        {features.hotspots.length === 0 ? (
          <p className="empty">No hotspots for today have reached this device yet.</p>
        ) : (
          <ul data-testid="map-list-hotspots">
            {features.hotspots.map((h) => (
              <li key={h.id}>
                <strong>{h.name}</strong>: patrolled {minutesText(h.minutesToday)} today,{' '}
                {minutesText(h.minutes7Days)} in the last 7 days
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="map-list-activities">
        <h2 id="map-list-activities">Activities with a position</h2>
        {features.activities.length === 0 ? (
          <p className="empty">No activity with a position was logged by the team {when}.</p>
        ) : (
          <ul data-testid="map-list-activities">
            {features.activities.map((point) => {
              const [title, ...rest] = activityText(point);
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
        <h2 id="map-list-problems">Problems</h2>
        <p>
          A problem has no map position of its own. The map places a problem where its activities {when} were
          logged; every problem is in the <Link to="/">problem list</Link>.
        </p>
        {features.problems.length > 0 && (
          <ul>
            {features.problems.map((p) => (
              <li key={p.id}>
                <Link to={`/problems/${p.id}`}>{p.problem.title}</Link>:{' '}
                {p.activityCount === 1 ? '1 activity' : `${String(p.activityCount)} activities`} on the map
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
