// Actions due and reviews due on my open problems, soonest first, overdue ones marked.
import { Link } from 'react-router';
import type { Me } from '#domain/session';
import { formatDate, formatOverdue } from '#client/i18n/format';
import { useT } from '#client/i18n/index';
import type { ActionDue, ReviewDue } from './select';

export function ActionsDueSection({ rows, today }: { rows: ActionDue[]; today: string }) {
  const t = useT();
  return (
    <section className="today-section" aria-labelledby="today-actions">
      <h2 id="today-actions">{t('patrol.today.actionsDue')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('patrol.today.noActionsDue')}</p>
      ) : (
        <ul className="today-list">
          {rows.map(({ action, problem, dueDate, overdue }) => (
            <li key={action.id} className={overdue ? 'today-item today-item--overdue' : 'today-item'}>
              <h3>
                <Link to={`/problems/${problem.id}/work/response`}>{action.description}</Link>
              </h3>
              <p>
                {problem.title} · {formatDate(dueDate)} ·{' '}
                <span className={overdue ? 'today-overdue' : undefined}>{formatOverdue(dueDate, today)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewsDueSection({ rows, today, me }: { rows: ReviewDue[]; today: string; me: Me }) {
  const t = useT();
  const supervisor = me.role === 'supervisor';
  return (
    <section className="today-section" aria-labelledby="today-reviews">
      <h2 id="today-reviews">{t('patrol.today.reviewsDue')}</h2>
      {rows.length === 0 ? (
        <p className="empty">
          {supervisor ? t('patrol.today.noReviewsTeam') : t('patrol.today.noReviewsMine')}
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
                {t('patrol.today.reviewOn', { date: formatDate(nextReviewDate) })} ·{' '}
                <span className={overdue ? 'today-overdue' : undefined}>
                  {formatOverdue(nextReviewDate, today)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
