import { Link, useParams } from 'react-router';
import { useSyncStatus, useWorkspace } from '#client/app/store';
import { useT, type TFunction } from '#client/i18n/index';
import { formatDateTime } from '#client/problems/ui/labels';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { usePeople } from '#client/problems/ui/use-people';
import { useTimelineRecords } from './use-timeline-records';
import { useProblemHistory, type ProblemHistoryState } from './use-problem-history';
import { timelineEvents } from './timeline-events';
import './timeline.css';

/** Where the full history came from, so an officer offline knows how old it is. */
function noteText(t: TFunction, state: ProblemHistoryState, online: boolean): string {
  const fetchedAt = state.view?.fetchedAt ?? null;
  const when = fetchedAt === null ? null : formatDateTime(fetchedAt);
  if (state.fetch === 'fetching') return t('problems.timeline.note.fetching');
  if (state.fetch === 'fetched' && when !== null) return t('problems.timeline.note.fetched', { when });
  if (when !== null)
    return online
      ? t('problems.timeline.note.staleOnline', { when })
      : t('problems.timeline.note.staleOffline', { when });
  return online ? t('problems.timeline.note.noneOnline') : t('problems.timeline.note.noneOffline');
}

function HistoryNote({ state, online }: { state: ProblemHistoryState; online: boolean }) {
  const t = useT();
  return (
    <p className="timeline-note" role="status">
      {noteText(t, state, online)}
      {state.failure !== null && online && t('problems.timeline.note.reason', { reason: state.failure })}
    </p>
  );
}

/** Everything that happened to one problem, oldest first. */
export function ProblemTimeline() {
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const t = useT();
  const problem = useProblem(workspace, id);
  const { actions, reviews } = useTimelineRecords(workspace, id);
  const online = useSyncStatus()?.online ?? true;
  const history = useProblemHistory(workspace, id, online);
  const people = usePeople(workspace, history.view?.people);

  if (!problem.loaded) return <p>{t('problems.loading')}</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const events = timelineEvents(p, actions, reviews, { history: history.view, nameOf: people.nameOf });
  return (
    <>
      <title>{t('app.title', { screen: t('problems.timeline.title', { title: p.title }) })}</title>
      <h1>{t('problems.timeline.title', { title: p.title })}</h1>
      <p className="timeline-links">
        <Link to={`/problems/${p.id}`}>{t('problems.timeline.problemDetails')}</Link>{' '}
        <Link to={`/problems/${p.id}/work`}>{t('problems.timeline.osara')}</Link>
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
              {event.by !== undefined && (
                <span className="timeline__by">{t('problems.timeline.by', { name: event.by })}</span>
              )}
            </p>
            {event.detail !== undefined && <p className="timeline__detail multiline">{event.detail}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
