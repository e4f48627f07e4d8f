// Actions due and reviews due on my open problems, soonest first, overdue ones marked.
import { Link } from 'react-router';
import type { Me } from '#domain/session';
import { dateText, dueText } from './format';
import type { ActionDue, ReviewDue } from './select';

export function ActionsDueSection({ rows, today }: { rows: ActionDue[]; today: string }) {
  return (
    <section className="today-section" aria-labelledby="today-actions">
      <h2 id="today-actions">Actions due</h2>
      {rows.length === 0 ? (
        <p className="empty">No actions on your open problems are due today or overdue.</p>
      ) : (
        <ul className="today-list">
          {rows.map(({ action, problem, dueDate, overdue }) => (
            <li key={action.id} className={overdue ? 'today-item today-item--overdue' : 'today-item'}>
              <h3>
                <Link to={`/problems/${problem.id}/work/response`}>{action.description}</Link>
              </h3>
              <p>
                {problem.title} · {dateText(dueDate)} ·{' '}
                <span className={overdue ? 'today-overdue' : undefined}>{dueText(dueDate, today)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewsDueSection({ rows, today, me }: { rows: ReviewDue[]; today: string; me: Me }) {
  const supervisor = me.role === 'supervisor';
  return (
    <section className="today-section" aria-labelledby="today-reviews">
      <h2 id="today-reviews">Reviews due</h2>
      {rows.length === 0 ? (
        <p className="empty">
          {supervisor
            ? "None of the team's open problems is due for review."
            : 'None of your open problems is due for review.'}
        </p>
      ) : (
        <ul className="today-list">
          {rows.map(({ problem, nextReviewDate, overdue }) => (
            <li key={problem.id} className={overdue ? 'today-item today-item--overdue' : 'today-item'}>
              <h3>
                <Link to={supervisor ? `/supervisor/review/${problem.id}` : `/problems/${problem.id}/work`}>
                  {problem.title}
                </Link>
              </h3>
              <p>
                Review {dateText(nextReviewDate)} ·{' '}
                <span className={overdue ? 'today-overdue' : undefined}>
                  {dueText(nextReviewDate, today)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
