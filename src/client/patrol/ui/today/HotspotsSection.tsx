// My team's hotspots for today, each with its patrol dosage (minutes today and over the last seven
// days) and a way to log an activity there. A supervisor also sees the minutes by officer.
import { Link } from 'react-router';
import type { Me } from '#domain/session';
import { formatDuration } from '#client/i18n/format';
import { type TFunction, useT } from '#client/i18n/index';
import type { HotspotRow, OfficerMinutes } from './select';

/** Officer id → display name, from the team roster on the device (may be empty offline at first). */
export type Names = ReadonlyMap<string, string>;

function officerName(
  t: TFunction,
  officerId: string,
  me: Me,
  names: Names,
  others: readonly string[],
): string {
  if (officerId === me.id) return t('patrol.today.you', { name: me.displayName });
  // Before the roster has reached the device, teammates are numbered rather than unnamed.
  return names.get(officerId) ?? t('patrol.today.teamMember', { n: others.indexOf(officerId) + 1 });
}

interface ByOfficerProps {
  rows: OfficerMinutes[];
  me: Me;
  names: Names;
  others: readonly string[];
}

function ByOfficer({ rows, me, names, others }: ByOfficerProps) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <details className="today-officers">
      <summary>{t('patrol.today.byOfficer')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('patrol.today.officer')}</th>
            <th scope="col">{t('patrol.today.todayColumn')}</th>
            <th scope="col">{t('patrol.today.last7Days')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.officerId}>
              <th scope="row">{officerName(t, o.officerId, me, names, others)}</th>
              <td>{formatDuration(o.today)}</td>
              <td>{formatDuration(o.last7Days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function HotspotsSection({ rows, me, names }: { rows: HotspotRow[]; me: Me; names: Names }) {
  const t = useT();
  const others = [
    ...new Set(rows.flatMap((r) => r.byOfficer.map((o) => o.officerId)).filter((id) => id !== me.id)),
  ].sort();
  return (
    <section className="today-section" aria-labelledby="today-hotspots">
      <h2 id="today-hotspots">{t('patrol.today.hotspots')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('patrol.today.noHotspots')}</p>
      ) : (
        <ul className="today-list">
          {rows.map(({ hotspot, minutes, byOfficer }) => (
            <li key={hotspot.id} className="today-item" data-testid="today-hotspot">
              <h3>{hotspot.name}</h3>
              <dl className="today-facts">
                <div>
                  <dt>{t('patrol.today.patrolledToday')}</dt>
                  <dd>{formatDuration(minutes.today)}</dd>
                </div>
                <div>
                  <dt>{t('patrol.today.last7Days')}</dt>
                  <dd>{formatDuration(minutes.last7Days)}</dd>
                </div>
              </dl>
              {me.role === 'supervisor' && (
                <ByOfficer rows={byOfficer} me={me} names={names} others={others} />
              )}
              <Link className="button-link" to={`/activity/new?hotspot=${encodeURIComponent(hotspot.id)}`}>
                {t('patrol.today.logHere')}
                <span className="today-hidden">: {hotspot.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
