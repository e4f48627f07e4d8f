import { Link, useParams } from 'react-router';
import { useSyncStatus, useWorkspace } from '#client/app/store';
import { formatDateTime } from '#client/problems/ui/labels';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { usePeople } from '#client/problems/ui/use-people';
import { useTimelineRecords } from './use-timeline-records';
import { useProblemHistory, type ProblemHistoryState } from './use-problem-history';
import { timelineEvents } from './timeline-events';
import './timeline.css';

/** Where the full history came from, so an officer offline knows how old it is. */
function HistoryNote({ state, online }: { state: ProblemHistoryState; online: boolean }) {
  const fetchedAt = state.view?.fetchedAt ?? null;
  const when = fetchedAt === null ? null : formatDateTime(fetchedAt);
  let text: string;
  if (state.fetch === 'fetching') text = 'Fetching every change from the force database…';
  else if (state.fetch === 'fetched' && when !== null)
    text = `Every change, as the force database holds it (fetched ${when}).`;
  else if (when !== null)
    text = `${online ? 'The history could not be refreshed' : 'This device is offline'}: showing the history fetched ${when}. Changes since then made on other devices are not shown.`;
  else
    text = `${online ? 'The history could not be fetched' : 'This device is offline and has not fetched this problem’s history yet'}: showing what this device holds (when the problem was opened, its actions and reviews), not every change.`;
  return (
    <p className="timeline-note" role="status">
      {text}
      {state.failure !== null && online && ` (${state.failure})`}
    </p>
  );
}

/** Everything that happened to one problem, oldest first. */
export function ProblemTimeline() {
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);
  const { actions, reviews } = useTimelineRecords(workspace, id);
  const online = useSyncStatus()?.online ?? true;
  const history = useProblemHistory(workspace, id, online);
  const people = usePeople(workspace, history.view?.people);

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const events = timelineEvents(p, actions, reviews, { history: history.view, nameOf: people.nameOf });
  return (
    <>
      <title>{`Timeline: ${p.title} — Beatbook`}</title>
      <h1>Timeline: {p.title}</h1>
      <p className="timeline-links">
        <Link to={`/problems/${p.id}`}>Problem details</Link>{' '}
        <Link to={`/problems/${p.id}/work`}>OSARA record</Link>
      </p>
      <HistoryNote state={history} online={online} />
      <ol className="timeline">
        {events.map((event) => (
          <li
            key={event.key}
            className={
              event.state === undefined
                ? 'timeline__event'
                : `timeline__event timeline__event--${event.state}`
            }
          >
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            <p className="timeline__what">
              {event.what}
              {event.by !== undefined && <span className="timeline__by"> by {event.by}</span>}
            </p>
            {event.detail !== undefined && <p className="timeline__detail multiline">{event.detail}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
