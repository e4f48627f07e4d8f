import { Link, useNavigate, useParams } from 'react-router';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '../app-context';
import { ProblemForm } from './ProblemForm';
import { ProblemNotFound } from './ProblemNotFound';
import { problemValues } from './problem-form-values';
import { useProblem } from './use-problems';

export function ProblemEdit() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const stored = problem.value;

  async function update(fields: ProblemFields): Promise<void> {
    await workspace.problems.update(stored.id, fields);
    await navigate(`/problems/${stored.id}`);
  }

  return (
    <>
      <title>{`Edit: ${stored.title} — Beatbook`}</title>
      <h1>Edit problem</h1>
      <p>
        <Link to={`/problems/${stored.id}`}>Back to {stored.title}</Link>
      </p>
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
