import { useNavigate } from 'react-router';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import { ProblemForm } from './ProblemForm';
import { emptyProblemValues } from './problem-form-values';

export function ProblemNew() {
  const workspace = useWorkspace();
  const navigate = useNavigate();

  async function create(fields: ProblemFields): Promise<void> {
    const problem = await workspace.problems.create(fields);
    await navigate(`/problems/${problem.id}`);
  }

  return (
    <>
      <title>New problem — Beatbook</title>
      <h1>New problem</h1>
      <ProblemForm
        teams={workspace.me.teams}
        initial={emptyProblemValues(workspace.me.teams, workspace.me.id)}
        onSave={create}
        isNew
      />
    </>
  );
}
