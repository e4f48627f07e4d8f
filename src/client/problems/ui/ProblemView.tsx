import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { ConflictNotices } from './ConflictNotices';
import { formatDateTime, problemStatusLabel, problemTypeLabel, referenceText } from './labels';
import { ProblemNotFound } from './ProblemNotFound';
import { useProblem } from './use-problems';

export function ProblemView() {
  const workspace = useWorkspace();
  const { id = '' } = useParams();
  const problem = useProblem(workspace, id);
  useEffect(() => {
    workspace.consultations.recordOpened('problems', id); // s.62 audit
  }, [workspace, id]);

  if (!problem.loaded) return <p>Loading problem…</p>;
  if (problem.value === undefined) return <ProblemNotFound />;
  const p = problem.value;
  const team = workspace.me.teams.find((t) => t.id === p.teamId)?.name ?? p.teamId;

  return (
    <article className="problem-view">
      <div className="page-heading">
        <title>{`${p.title} — Beatbook`}</title>
        <h1>{p.title}</h1>
        <Link className="button-link" to={`/problems/${p.id}/edit`}>
          Edit
        </Link>
        <Link className="button-link" to={`/problems/${p.id}/work`}>
          OSARA record
        </Link>
      </div>
      <ConflictNotices conflicts={workspace.conflicts} recordId={p.id} />
      <dl className="details">
        <div>
          <dt>Reference</dt>
          <dd>{referenceText(p)}</dd>
        </div>
        <div>
          <dt>Problem type</dt>
          <dd>{problemTypeLabel(p.problemType)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{problemStatusLabel(p.status)}</dd>
        </div>
        <div>
          <dt>Location</dt>
          <dd>{p.locationText === '' ? 'Not given' : p.locationText}</dd>
        </div>
        <div>
          <dt>Team</dt>
          <dd>{team}</dd>
        </div>
        <div>
          <dt>Description</dt>
          <dd className="multiline">{p.description === '' ? 'Not given' : p.description}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>
            <time dateTime={p.updatedAt}>{formatDateTime(p.updatedAt)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
