// The supervisor's screen: the team's problems as a triage list (to do by default: overdue
// reviews first, closures awaiting sign-off; what the sergeant has signed off or approved leaves
// it), each with a way to record a review or sign off the closure; and the workload per officer.
import { Link, useSearchParams } from 'react-router';
import { useStillDownloading, useWorkspace } from '#client/app/store';
import { ProblemCard } from '#client/problems/ui/ProblemCard';
import { PagedList } from '#client/problems/ui/PagedList';
import { TriageFilters } from '#client/problems/ui/TriageFilters';
import { useT } from '#client/i18n/index';
import type { TriageFilter } from '#client/problems/ui/triage';
import type { TriageRow } from '#client/problems/ui/triage-rows';
import { usePeople } from '#client/problems/ui/use-people';
import { useTriage } from '#client/problems/ui/use-triage';
import { WorkloadView } from './WorkloadView';
import './supervisor.css';

export const OVERVIEW_DEFAULTS: TriageFilter = { scope: 'team', show: 'todo', stage: 'any', sort: 'review' };

function ReviewLink({ row }: { row: TriageRow }) {
  const t = useT();
  const p = row.problem;
  if (p.status === 'closed') return null;
  return (
    <p className="overview-item__actions">
      {row.closureSignedOff ? (
        <span className="overview-item__signed">{t('supervision.overview.waiting')}</span>
      ) : (
        <Link className="button-link" to={`/supervisor/review/${p.id}`}>
          {p.status === 'assessment'
            ? t('supervision.overview.signOff')
            : t('supervision.overview.recordReview')}
          <span className="visually-hidden">: {p.title}</span>
        </Link>
      )}
    </p>
  );
}

function Problems() {
  const workspace = useWorkspace();
  // Counts and "nothing to do" mean nothing until the first download has stored its last page,
  // so nothing is read until then.
  const downloading = useStillDownloading();
  const { all, triaged, filter, setFilter } = useTriage(workspace, OVERVIEW_DEFAULTS, downloading);
  const people = usePeople(workspace);
  const t = useT();
  if (all === undefined || triaged === undefined || downloading)
    return <p>{t('supervision.overview.loading')}</p>;
  if (all.length === 0) return <p className="empty">{t('supervision.overview.empty')}</p>;
  return (
    <>
      <TriageFilters
        filter={filter}
        found={triaged.rows.length}
        counts={triaged.counts}
        onChange={setFilter}
      />
      {triaged.rows.length === 0 ? (
        <p className="empty">
          {filter.show === 'todo' ? t('supervision.overview.nothingToDo') : t('problems.triage.nothing')}
        </p>
      ) : (
        <PagedList
          key={JSON.stringify(filter)}
          className="overview-list"
          label={t('supervision.overview.listLabel')}
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
  const t = useT();
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
      <title>{t('app.title', { screen: t('supervision.overview.heading') })}</title>
      <h1>{t('supervision.overview.heading')}</h1>
      <fieldset className="chips">
        <legend className="visually-hidden">{t('supervision.overview.viewLegend')}</legend>
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
            {v === 'problems' ? t('supervision.overview.problems') : t('supervision.overview.workload')}
          </label>
        ))}
      </fieldset>
      {view === 'workload' ? <WorkloadView /> : <Problems />}
    </>
  );
}
