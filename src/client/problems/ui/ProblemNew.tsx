import { useNavigate } from 'react-router';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { ProblemForm } from './ProblemForm';
import { emptyProblemValues } from './problem-form-values';

export function ProblemNew() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const t = useT();

  async function create(fields: ProblemFields): Promise<void> {
    const problem = await workspace.problems.create(fields);
    await navigate(`/problems/${problem.id}`);
  }

  return (
    <>
      <title>{t('app.title', { screen: t('problems.new.title') })}</title>
      <h1>{t('problems.new.title')}</h1>
      <ProblemForm
        teams={workspace.me.teams}
        initial={emptyProblemValues(workspace.me.teams, workspace.me.id)}
        onSave={create}
        isNew
      />
    </>
  );
}
