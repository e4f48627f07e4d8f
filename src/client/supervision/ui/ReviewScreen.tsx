import { Link, useNavigate, useParams } from 'react-router';
import { canSignOff } from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { ProblemNotFound } from '#client/problems/ui/ProblemNotFound';
import { useProblem } from '#client/problems/ui/use-problems';
import { ReviewForm } from './ReviewForm';
import { useReviewWriter } from './use-review-writer';
import './supervisor.css';

export function ReviewScreen() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);
  const write = useReviewWriter(workspace);
  const { me } = workspace;

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const maySignOff = canSignOff({ role: me.role, teamIds: me.teams.map((t) => t.id) }, p);

  return (
    <>
      <title>{`Review: ${p.title} — Beatbook`}</title>
      <h1>Review: {p.title}</h1>
      <p className="osara__links">
        <Link to={`/problems/${p.id}/work`}>OSARA record</Link> <Link to="/supervisor">Team overview</Link>
      </p>
      {!maySignOff && <p>Only a supervisor of this problem's team can sign off its closure.</p>}
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
