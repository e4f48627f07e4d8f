// The supervisor's screen: the team's problems as a triage list (to do by default: overdue
// reviews first, closures awaiting sign-off; what the sergeant has signed off or approved leaves
// it), each with a way to record a review or sign off the closure; and the workload per officer.
import { Link, useSearchParams } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { ProblemCard } from '#client/problems/ui/ProblemCard';
import { PagedList } from '#client/problems/ui/PagedList';
import { TriageFilters } from '#client/problems/ui/TriageFilters';
import { problemsCount, showLabels } from '#client/problems/ui/triage-labels';
import type { TriageFilter } from '#client/problems/ui/triage';
import type { TriageRow } from '#client/problems/ui/triage-rows';
import { usePeople } from '#client/problems/ui/use-people';
import { useTriage } from '#client/problems/ui/use-triage';
import { WorkloadView } from './WorkloadView';
import './supervisor.css';

export const OVERVIEW_DEFAULTS: TriageFilter = { scope: 'team', show: 'todo', stage: 'any', sort: 'review' };

function ReviewLink({ row }: { row: TriageRow }) {
  const p = row.problem;
  if (p.status === 'closed') return null;
  return (
    <p className="overview-item__actions">
      {row.closureSignedOff ? (
        <span className="overview-item__signed">Waiting for the team to close it</span>
      ) : (
        <Link className="button-link" to={`/supervisor/review/${p.id}`}>
          {p.status === 'assessment' ? 'Sign off closure' : 'Record review'}
          <span className="visually-hidden">: {p.title}</span>
        </Link>
      )}
    </p>
  );
}

function Problems() {
  const workspace = useWorkspace();
  const { all, triaged, filter, setFilter } = useTriage(workspace, OVERVIEW_DEFAULTS);
  const people = usePeople(workspace);
  if (all === undefined || triaged === undefined) return <p>Loading the team's problems…</p>;
  if (all.length === 0) return <p className="empty">The team has no problems yet.</p>;
  return (
    <>
      <TriageFilters filter={filter} counts={triaged.counts} onChange={setFilter} />
      <p className="triage-summary" role="status">
        {problemsCount(triaged.rows.length)}: {showLabels[filter.show].toLowerCase()}
        {filter.scope === 'mine' ? ', mine' : ''}
      </p>
      {triaged.rows.length === 0 ? (
        <p className="empty">
          {filter.show === 'todo' ? 'Nothing to do: every open problem is reviewed.' : 'Nothing here.'} Choose
          another filter above.
        </p>
      ) : (
        <PagedList
          key={JSON.stringify(filter)}
          className="overview-list"
          label="Team problems"
          items={triaged.rows}
          itemKey={(row) => row.problem.id}
          render={(row) => (
            <ProblemCard
              row={row}
              ownerName={people.nameOf(row.ownerId)}
              href={`/problems/${row.problem.id}/work`}
            >
              <ReviewLink row={row} />
            </ProblemCard>
          )}
        />
      )}
    </>
  );
}

export function SupervisorView() {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'workload' ? 'workload' : 'problems';
  const pick = (next: 'problems' | 'workload'): void => {
    const out = new URLSearchParams(params);
    if (next === 'workload') out.set('view', 'workload');
    else out.delete('view');
    setParams(out, { replace: true });
  };
  return (
    <>
      <title>Team overview — Beatbook</title>
      <h1>Team overview</h1>
      <fieldset className="chips">
        <legend className="visually-hidden">Team overview view</legend>
        {(['problems', 'workload'] as const).map((v) => (
          <label key={v} className="chip">
            <input
              type="radio"
              name="overview-view"
              checked={view === v}
              onChange={() => {
                pick(v);
              }}
            />
            {v === 'problems' ? 'Problems' : 'Workload per officer'}
          </label>
        ))}
      </fieldset>
      {view === 'workload' ? <WorkloadView /> : <Problems />}
    </>
  );
}
