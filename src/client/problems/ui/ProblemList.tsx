import { Link } from 'react-router';
import { useStillDownloading, useWorkspace } from '#client/app/store';
import { problemStatusLabel, problemTypeLabel, referenceText } from './labels';
import { useTeamProblems } from './use-problems';

export function ProblemList() {
  const workspace = useWorkspace();
  const problems = useTeamProblems(workspace);
  const downloading = useStillDownloading();

  return (
    <>
      <div className="page-heading">
        <title>My team's problems — Beatbook</title>
        <h1>My team's problems</h1>
        <Link className="button-link" to="/problems/new">
          New problem
        </Link>
      </div>
      {problems === undefined || (problems.length === 0 && downloading) ? (
        <p>Loading problems…</p>
      ) : problems.length === 0 ? (
        <p className="empty">No problems recorded yet. Use “New problem” to record the first one.</p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={problem.id} className="problem-card">
              <h2 className="problem-card__title">
                <Link to={`/problems/${problem.id}`}>{problem.title}</Link>
              </h2>
              <p className="problem-card__reference">{referenceText(problem)}</p>
              <p className="problem-card__meta">
                <span>{problemTypeLabel(problem.problemType)}</span>
                <span className="tag">{problemStatusLabel(problem.status)}</span>
              </p>
              {problem.locationText !== '' && (
                <p className="problem-card__location">{problem.locationText}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
