import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import { ProblemForm } from './ProblemForm';
import { ProblemNotFound } from './ProblemNotFound';
import { problemValues } from './problem-form-values';
import { useProblem } from './use-problems';

export function ProblemEdit() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // "Fix and resend" from the needs-attention list: the refused change's id.
  const [search] = useSearchParams();
  const resend = search.get('resend');
  const problem = useProblem(workspace, id);

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const stored = problem.value;

  async function update(fields: ProblemFields): Promise<void> {
    // The view still shows the refused fields, so the form starts from them; saving queues a new
    // change with whatever the officer corrected, and only then leaves the refused one behind.
    await workspace.problems.update(stored.id, fields);
    if (resend !== null) {
      await workspace.sync.resolveAttention(resend);
      await navigate('/attention');
      return;
    }
    await navigate(`/problems/${stored.id}`);
  }

  return (
    <>
      <title>{`Edit: ${stored.title} — Beatbook`}</title>
      <h1>{resend === null ? 'Edit problem' : 'Fix and resend'}</h1>
      <p>
        {resend === null ? (
          <Link to={`/problems/${stored.id}`}>Back to {stored.title}</Link>
        ) : (
          <Link to="/attention">Back to changes that need attention</Link>
        )}
      </p>
      {resend !== null && (
        <p className="hint">
          The form shows what you saved before. Correct what the force database refused and press Save to send
          it again.
        </p>
      )}
      {/* The form copies the stored values once: a sync arriving while the officer types must
          not overwrite what they typed. The repository merges only the fields that differ. */}
      <ProblemForm
        key={stored.id}
        teams={workspace.me.teams}
        initial={problemValues(stored)}
        onSave={update}
      />
    </>
  );
}
