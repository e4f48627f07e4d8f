// My team's hotspots for today, each with its patrol dosage (minutes today and over the last seven
// days) and a way to log an activity there. A supervisor also sees the minutes by officer.
import { Link } from 'react-router';
import type { Me } from '#domain/session';
import { minutesText, type HotspotRow, type OfficerMinutes } from './select';

/** Officer id → display name, from the team roster on the device (may be empty offline at first). */
export type Names = ReadonlyMap<string, string>;

function officerName(officerId: string, me: Me, names: Names, others: readonly string[]): string {
  if (officerId === me.id) return `${me.displayName} (you)`;
  // Before the roster has reached the device, teammates are numbered rather than unnamed.
  return names.get(officerId) ?? `Team member ${String(others.indexOf(officerId) + 1)}`;
}

interface ByOfficerProps {
  rows: OfficerMinutes[];
  me: Me;
  names: Names;
  others: readonly string[];
}

function ByOfficer({ rows, me, names, others }: ByOfficerProps) {
  if (rows.length === 0) return null;
  return (
    <details className="today-officers">
      <summary>Minutes by officer</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Officer</th>
            <th scope="col">Today</th>
            <th scope="col">Last 7 days</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.officerId}>
              <th scope="row">{officerName(o.officerId, me, names, others)}</th>
              <td>{minutesText(o.today)}</td>
              <td>{minutesText(o.last7Days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function HotspotsSection({ rows, me, names }: { rows: HotspotRow[]; me: Me; names: Names }) {
  const others = [
    ...new Set(rows.flatMap((r) => r.byOfficer.map((o) => o.officerId)).filter((id) => id !== me.id)),
  ].sort();
  return (
    <section className="today-section" aria-labelledby="today-hotspots">
      <h2 id="today-hotspots">My team's hotspots</h2>
      {rows.length === 0 ? (
        <p className="empty">
          No hotspots for today have reached this device yet. They arrive when the device syncs after an
          analyst loads them.
        </p>
      ) : (
        <ul className="today-list">
          {rows.map(({ hotspot, minutes, byOfficer }) => (
            <li key={hotspot.id} className="today-item" data-testid="today-hotspot">
              <h3>{hotspot.name}</h3>
              <dl className="today-facts">
                <div>
                  <dt>Patrolled today</dt>
                  <dd>{minutesText(minutes.today)}</dd>
                </div>
                <div>
                  <dt>Last 7 days</dt>
                  <dd>{minutesText(minutes.last7Days)}</dd>
                </div>
              </dl>
              {me.role === 'supervisor' && (
                <ByOfficer rows={byOfficer} me={me} names={names} others={others} />
              )}
              <Link className="button-link" to={`/activity/new?hotspot=${encodeURIComponent(hotspot.id)}`}>
                Log activity here<span className="today-hidden">: {hotspot.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
