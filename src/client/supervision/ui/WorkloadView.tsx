// The sergeant's workload view: per officer of the team, open problems, reviews overdue, actions
// due and patrol minutes this week, from the device's records (works with no signal).
import { useEffect, useMemo, useState } from 'react';
import { useWorkspace } from '#client/app/store';
import type { TodayData } from '#client/patrol/view-contract';
import { todayOf, windowStart } from '#client/patrol/ui/today/select';
import { formatDuration } from '#client/i18n/format';
import { useT } from '#client/i18n/index';
import { usePeople } from '#client/problems/ui/use-people';
import { workload } from './workload';

export function WorkloadView() {
  const workspace = useWorkspace();
  const { me, today: repo } = workspace;
  const people = usePeople(workspace);
  const t = useT();
  const today = todayOf(new Date());
  const window = useMemo(() => ({ day: today, since: windowStart(today) }), [today]);
  const [data, setData] = useState<TodayData | null>(null);
  useEffect(() => repo.watch(window, setData), [repo, window]);
  const loads = useMemo(
    () =>
      data === null
        ? null
        : workload(
            { ...data, members: people.members, teamIds: me.teams.map((t) => t.id) },
            new Date(`${today}T12:00:00Z`),
          ),
    [data, people.members, me, today],
  );
  if (loads === null) return <p>{t('supervision.workload.loading')}</p>;
  if (loads.length === 0) return <p className="empty">{t('supervision.workload.empty')}</p>;
  return (
    <ul className="workload-list" aria-label={t('supervision.workload.listLabel')}>
      {loads.map((load) => (
        <li key={load.officerId} className="workload-card">
          <h2 className="workload-card__name">{people.nameOf(load.officerId)}</h2>
          <dl className="workload-card__figures">
            <div>
              <dt>{t('supervision.workload.openProblems')}</dt>
              <dd>{load.openProblems}</dd>
            </div>
            <div className={load.reviewsOverdue > 0 ? 'workload-card__alert' : undefined}>
              <dt>{t('supervision.workload.reviewsOverdue')}</dt>
              <dd>
                {load.reviewsOverdue}
                {load.reviewsOverdue > 0 && (
                  <span className="visually-hidden">{t('supervision.workload.needsAttention')}</span>
                )}
              </dd>
            </div>
            <div className={load.actionsDue > 0 ? 'workload-card__alert' : undefined}>
              <dt>{t('supervision.workload.actionsDue')}</dt>
              <dd>{load.actionsDue}</dd>
            </div>
            <div>
              <dt>{t('supervision.workload.patrol')}</dt>
              <dd>{formatDuration(load.patrolMinutes)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
