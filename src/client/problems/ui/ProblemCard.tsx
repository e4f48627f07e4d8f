// One problem in a triage list: its title, its stage in its own colour (and words), its owner and
// its next review, and whether the supervisor's part is done. `children` adds the screen's own
// actions (the team overview's "Record review").
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '#client/i18n/format';
import { useT, type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { referenceText } from './labels';
import type { TriageRow } from './triage-rows';

export function StatusChip({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`status-chip status-chip--${status}`}>{vocabLabel(t, 'problemStatus', status)}</span>
  );
}

/** "Closure signed off" / "Stage approved" once the supervisor's part is done, else null. */
export function doneText(t: TFunction, row: TriageRow): string | null {
  if (row.closureSignedOff) return t('problems.card.closureSignedOff');
  if (row.stageApproved && row.problem.status !== 'closed') return t('problems.card.stageApproved');
  return null;
}

interface Props {
  row: TriageRow;
  ownerName: string;
  /** Where the title goes: the problem, or its OSARA work. */
  href: string;
  children?: ReactNode;
}

export function ProblemCard({ row, ownerName, href, children }: Props) {
  const t = useT();
  const p = row.problem;
  const done = doneText(t, row);
  return (
    <article className={row.overdue ? 'triage-card triage-card--overdue' : 'triage-card'}>
      <h2 className="triage-card__title">
        <Link to={href}>{p.title}</Link>
      </h2>
      <p className="triage-card__line">
        <StatusChip status={p.status} />
        <span>{vocabLabel(t, 'problemType', p.problemType)}</span>
        <span className="problem-card__reference">{referenceText(p)}</span>
      </p>
      <dl className="triage-card__facts">
        <div>
          <dt>{t('problems.card.owner')}</dt>
          <dd>{ownerName}</dd>
        </div>
        <div>
          <dt>{t('problems.card.nextReview')}</dt>
          <dd>
            {row.nextReviewDate === undefined ? t('problems.card.notSet') : formatDate(row.nextReviewDate)}
            {row.overdue && <strong className="triage-card__overdue"> {t('problems.card.overdue')}</strong>}
          </dd>
        </div>
      </dl>
      {done !== null && <p className="triage-card__done">✓ {done}</p>}
      {children}
    </article>
  );
}
