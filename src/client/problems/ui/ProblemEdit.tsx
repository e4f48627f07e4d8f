import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { ProblemForm } from './ProblemForm';
import { ProblemNotFound } from './ProblemNotFound';
import { problemValues } from './problem-form-values';
import { useProblem } from './use-problems';

export function ProblemEdit() {
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const t = useT();
  const { id = '' } = useParams();
  // "Fix and resend" from the needs-attention list: the refused change's id.
  const [search] = useSearchParams();
  const resend = search.get('resend');
  const problem = useProblem(workspace, id);

  if (!problem.loaded) return <p>{t('problems.loading')}</p>;
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
      <title>{t('app.title', { screen: t('problems.edit.pageTitle', { title: stored.title }) })}</title>
      <h1>{resend === null ? t('problems.edit.title') : t('problems.edit.fixTitle')}</h1>
      <p>
        {resend === null ? (
          <Link to={`/problems/${stored.id}`}>{t('problems.edit.back', { title: stored.title })}</Link>
        ) : (
          <Link to="/attention">{t('problems.edit.backToAttention')}</Link>
        )}
      </p>
      {resend !== null && <p className="hint">{t('problems.edit.fixHint')}</p>}
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
