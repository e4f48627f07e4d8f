// The supervisor's screen: the team's open problems, overdue reviews first, each with a way to
// record a review or sign off the closure.
import { Link } from 'react-router';
import { labelOf, problemStatuses } from '#domain/vocabularies';
import { useWorkspace } from '#client/app/store';
import { useTeamProblems } from '#client/problems/ui/use-problems';
import { usePeople } from '#client/problems/ui/use-people';
import { useTeamActivity } from './use-team-activity';
import { teamOverview, type OverviewRow } from './team-overview';
import './supervisor.css';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

function dateText(iso: string | undefined): string {
  if (iso === undefined) return 'Not set';
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

function daysText(days: number): string {
  if (days === 0) return 'Today';
  return days === 1 ? '1 day ago' : `${String(days)} days ago`;
}

function Row({ row, ownerName }: { row: OverviewRow; ownerName: string }) {
  const p = row.problem;
  return (
    <li className={row.overdue ? 'overview-item overview-item--overdue' : 'overview-item'}>
      <h2 className="overview-item__title">
        <Link to={`/problems/${p.id}/work`}>{p.title}</Link>
      </h2>
      <dl className="overview-item__facts">
        <div>
          <dt>Status</dt>
          <dd>{labelOf(problemStatuses, p.status)}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{ownerName}</dd>
        </div>
        <div>
          <dt>Last activity</dt>
          <dd>{daysText(row.daysSinceActivity)}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {dateText(row.nextReviewDate)}
            {row.overdue && <strong className="overdue"> Overdue</strong>}
          </dd>
        </div>
      </dl>
      <p className="overview-item__actions">
        {row.closureSignedOff ? (
          <span className="overview-item__signed">Closure signed off: waiting for the team to close it</span>
        ) : (
          <Link className="button-link" to={`/supervisor/review/${p.id}`}>
            {p.status === 'assessment' ? 'Sign off closure' : 'Record review'}
            <span className="visually-hidden">: {p.title}</span>
          </Link>
        )}
      </p>
    </li>
  );
}

export function SupervisorView() {
  const workspace = useWorkspace();
  const problems = useTeamProblems(workspace);
  const activity = useTeamActivity(workspace);
  const people = usePeople(workspace);
  const rows =
    problems === undefined
      ? undefined
      : teamOverview(problems, activity.reviews, activity.actions, new Date());
  const overdue = rows?.filter((r) => r.overdue).length ?? 0;
  return (
    <>
      <title>Team overview — Beatbook</title>
      <h1>Team overview</h1>
      {rows === undefined ? (
        <p>Loading the team's problems…</p>
      ) : rows.length === 0 ? (
        <p className="empty">The team has no open problems.</p>
      ) : (
        <>
          <p>
            {rows.length} open {rows.length === 1 ? 'problem' : 'problems'}
            {overdue > 0 ? `, ${String(overdue)} with an overdue review (shown first).` : '.'}
          </p>
          <ul className="overview-list">
            {rows.map((row) => (
              <Row key={row.problem.id} row={row} ownerName={people.nameOf(row.ownerId)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
