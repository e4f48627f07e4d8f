// The team's problems as a triage list: Mine / My team, to do, open, overdue reviews, closures
// awaiting sign-off, closed, by stage, in the order chosen; open ones by default, never mixed with
// closed. Cards say the stage (in its colour and words), the owner and the next review. A prevention
// lead, on no team, sees every problem on the device (they read problems force-wide); a role that
// reads no case record (admin) is told so, with the way to its own home.
import { Link } from 'react-router';
import { grantFor } from '#domain/access';
import { navFor } from '#client/app/shell/destinations';
import { useStillDownloading, useWorkspace } from '#client/app/store';
import { ProblemCard } from './ProblemCard';
import { PagedList } from './PagedList';
import { TriageFilters } from './TriageFilters';
import { useT } from '#client/i18n/index';
import type { TriageFilter } from './triage';
import { usePeople } from './use-people';
import { problemScope } from './use-problems';
import { useTriage } from './use-triage';

export const LIST_DEFAULTS: TriageFilter = { scope: 'team', show: 'open', stage: 'any', sort: 'review' };

/** What a role that reads no problem sees instead of an empty list. */
function NotForRole() {
  const { me } = useWorkspace();
  const t = useT();
  return (
    <>
      <title>{t('app.title', { screen: t('problems.listTitle') })}</title>
      <h1>{t('problems.listTitle')}</h1>
      <p>{t('problems.list.notForRole')}</p>
      <p>
        <Link to={navFor(me.role).home}>{t('problems.list.goHome')}</Link>
      </p>
    </>
  );
}

export function ProblemList() {
  const { me } = useWorkspace();
  return grantFor(me.role, 'problems', 'read') === undefined ? <NotForRole /> : <TriageList />;
}

function TriageList() {
  const workspace = useWorkspace();
  const { all, triaged, filter, setFilter } = useTriage(workspace, LIST_DEFAULTS);
  const people = usePeople(workspace);
  const t = useT();
  const downloading = useStillDownloading();
  const forceWide = problemScope(workspace.me) === 'all';
  const canCreate = grantFor(workspace.me.role, 'problems', 'create') !== undefined;
  const heading = forceWide ? t('problems.list.allTitle') : t('problems.listTitle');

  return (
    <>
      <div className="page-heading">
        <title>{t('app.title', { screen: heading })}</title>
        <h1>{heading}</h1>
        {canCreate && (
          <Link className="button-link" to="/problems/new">
            {t('problems.list.newProblem')}
          </Link>
        )}
      </div>
      {all === undefined || triaged === undefined || (all.length === 0 && downloading) ? (
        <p>{t('problems.list.loading')}</p>
      ) : all.length === 0 ? (
        <p className="empty">{canCreate ? t('problems.list.empty') : t('problems.list.emptyReadOnly')}</p>
      ) : (
        <>
          <TriageFilters
            filter={filter}
            found={triaged.rows.length}
            counts={triaged.counts}
            onChange={setFilter}
            scopeChoice={!forceWide}
          />
          {triaged.rows.length === 0 ? (
            <p className="empty">{t('problems.triage.nothing')}</p>
          ) : (
            <PagedList
              key={JSON.stringify(filter)}
              className="problem-list"
              label={t('problems.list.listLabel')}
              items={triaged.rows}
              itemKey={(row) => row.problem.id}
              render={(row) => (
                <ProblemCard
                  row={row}
                  ownerName={people.nameOf(row.ownerId)}
                  href={`/problems/${row.problem.id}`}
                />
              )}
            />
          )}
        </>
      )}
    </>
  );
}
