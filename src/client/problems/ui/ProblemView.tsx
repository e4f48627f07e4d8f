import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { ConflictNotices } from './ConflictNotices';
import { formatDateTime, problemStatusLabel, problemTypeLabel, referenceText } from './labels';
import { ProblemNotFound } from './ProblemNotFound';
import { useProblem } from './use-problems';

export function ProblemView() {
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const t = useT();
  const problem = useProblem(workspace, id);
  useEffect(() => {
    workspace.consultations.recordOpened('problems', id); // s.62 audit
  }, [workspace, id]);

  if (!problem.loaded) return <p>{t('problems.loading')}</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const team = workspace.me.teams.find((team) => team.id === p.teamId)?.name ?? p.teamId;

  return (
    <article className="problem-view">
      <div className="page-heading">
        <title>{t('app.title', { screen: p.title })}</title>
        <h1>{p.title}</h1>
        <Link className="button-link" to={`/problems/${p.id}/edit`}>
          {t('problems.view.edit')}
        </Link>
        <Link className="button-link" to={`/problems/${p.id}/work`}>
          {t('problems.view.osara')}
        </Link>
      </div>
      <ConflictNotices conflicts={workspace.conflicts} recordId={p.id} />
      <dl className="details">
        <div>
          <dt>{t('problems.fields.reference')}</dt>
          <dd>{referenceText(p)}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.problemType')}</dt>
          <dd>{problemTypeLabel(p.problemType)}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.status')}</dt>
          <dd>{problemStatusLabel(p.status)}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.locationText')}</dt>
          <dd>{p.locationText === '' ? t('problems.view.notGiven') : p.locationText}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.teamId')}</dt>
          <dd>{team}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.description')}</dt>
          <dd className="multiline">{p.description === '' ? t('problems.view.notGiven') : p.description}</dd>
        </div>
        <div>
          <dt>{t('problems.fields.updatedAt')}</dt>
          <dd>
            <time dateTime={p.updatedAt}>{formatDateTime(p.updatedAt)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
