import { Link, useNavigate, useParams } from 'react-router';
import { canSignOff } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { ReviewForm } from './ReviewForm';
import { useReviewWriter } from './use-review-writer';
import './supervisor.css';

export function ReviewScreen() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const t = useT();
  const problem = useProblem(workspace, id);
  const write = useReviewWriter(workspace);
  const { me } = workspace;

  if (!problem.loaded) return <p>{t('problems.loading')}</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const maySignOff = canSignOff({ role: me.role, teamIds: me.teams.map((t) => t.id) }, p);

  return (
    <>
      <title>{t('app.title', { screen: t('supervision.review.title', { title: p.title }) })}</title>
      <h1>{t('supervision.review.title', { title: p.title })}</h1>
      <p className="osara__links">
        <Link to={`/problems/${p.id}/work`}>{t('supervision.review.osara')}</Link>{' '}
        <Link to="/supervisor">{t('supervision.review.teamOverview')}</Link>
      </p>
      {!maySignOff && <p>{t('supervision.review.noSignOff')}</p>}
      <ReviewForm
        problem={p}
        reviewer={me.id}
        maySignOff={maySignOff}
        write={write}
        onDone={() => {
          void navigate('/supervisor');
        }}
      />
    </>
  );
}
