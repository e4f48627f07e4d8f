import { Link, useParams } from 'react-router';
import { useWorkspace } from '../app-context';
import { formatDateTime } from '../problems/labels';
import { ProblemNotFound } from '../problems/ProblemNotFound';
import { useProblem } from '../problems/use-problems';
import { useTimelineRecords } from './use-timeline-records';
import { timelineEvents } from './timeline-events';
import './timeline.css';

/** Everything that happened to one problem, oldest first. */
export function ProblemTimeline() {
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);
  const { actions, reviews } = useTimelineRecords(workspace, id);

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const events = timelineEvents(p, actions, reviews);
  return (
    <>
      <title>{`Timeline: ${p.title} — Beatbook`}</title>
      <h1>Timeline: {p.title}</h1>
      <p className="timeline-links">
        <Link to={`/problems/${p.id}`}>Problem details</Link>{' '}
        <Link to={`/problems/${p.id}/work`}>OSARA record</Link>
      </p>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.key} className="timeline__event">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            <p className="timeline__what">{event.what}</p>
            {event.detail !== undefined && <p className="timeline__detail multiline">{event.detail}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
