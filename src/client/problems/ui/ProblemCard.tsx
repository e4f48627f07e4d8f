// One problem in a triage list: its title, its stage in its own colour (and words), its owner and
// its next review, and whether the supervisor's part is done. `children` adds the screen's own
// actions (the team overview's "Record review").
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { dateText } from '#client/patrol/ui/today/format';
import { problemStatusLabel, problemTypeLabel, referenceText } from './labels';
import type { TriageRow } from './triage-rows';

export function StatusChip({ status }: { status: string }) {
  return <span className={`status-chip status-chip--${status}`}>{problemStatusLabel(status)}</span>;
}

/** "Closure signed off" / "Stage approved" once the supervisor's part is done, else null. */
export function doneText(row: TriageRow): string | null {
  if (row.closureSignedOff) return 'Closure signed off';
  if (row.stageApproved && row.problem.status !== 'closed') return 'Stage approved';
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
  const p = row.problem;
  const done = doneText(row);
  return (
    <article className={row.overdue ? 'triage-card triage-card--overdue' : 'triage-card'}>
      <h2 className="triage-card__title">
        <Link to={href}>{p.title}</Link>
      </h2>
      <p className="triage-card__line">
        <StatusChip status={p.status} />
        <span>{problemTypeLabel(p.problemType)}</span>
        <span className="problem-card__reference">{referenceText(p)}</span>
      </p>
      <dl className="triage-card__facts">
        <div>
          <dt>Owner</dt>
          <dd>{ownerName}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {row.nextReviewDate === undefined ? 'Not set' : dateText(row.nextReviewDate)}
            {row.overdue && <strong className="triage-card__overdue"> Overdue</strong>}
          </dd>
        </div>
      </dl>
      {done !== null && <p className="triage-card__done">✓ {done}</p>}
      {children}
    </article>
  );
}
