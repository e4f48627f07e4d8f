// The prevention lead's dashboard: problems by type, status and outcome; which response
// techniques appear in problems with a positive measured outcome, with the counts beside them so a
// small number is not mistaken for evidence; the quality of evaluation; nominations waiting.
// Computed on the device from the records it holds, so it works offline.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { dashboardFigures, type Share } from '#domain/dashboard/figures';
import { goodPracticeState } from '#domain/good-practice/queue';
import { assessmentOutcomes, responseTags } from '#domain/osara/index';
import { labelOf, problemStatuses, problemTypes } from '#domain/vocabularies';
import type { DashboardData } from '#client/dashboard/contract';
import { useWorkspace } from '#client/app/store';
import { FigureTable, type FigureRow } from './FigureTable';
import './dashboard.css';

function rowsOf(counts: Record<string, number>, label: (code: string) => string): FigureRow[] {
  return Object.entries(counts)
    .map(([key, value]) => ({ key, label: label(key), value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

function percent(share: Share): string {
  if (share.of === 0) return 'no assessed problems yet';
  return `${String(Math.round((share.count / share.of) * 100))}% (${String(share.count)} of ${String(share.of)})`;
}

const outcomeLabel = (code: string) =>
  code === 'not_assessed' ? 'Not assessed yet' : labelOf(assessmentOutcomes, code);

export function DashboardScreen() {
  const { dashboard, me } = useWorkspace();
  const [data, setData] = useState<DashboardData>();
  useEffect(() => dashboard.watch(setData), [dashboard]);
  const figures = useMemo(() => (data === undefined ? undefined : dashboardFigures(data)), [data]);
  const waiting = useMemo(() => {
    if (data === undefined) return [];
    return data.problems.filter(
      (p) => goodPracticeState(p.id, data.nominations, data.reviews).state === 'waiting',
    );
  }, [data]);

  if (me.role !== 'prevention_lead')
    return (
      <section>
        <h1>Prevention dashboard</h1>
        <p>The dashboard is for prevention leads.</p>
      </section>
    );
  if (figures === undefined)
    return (
      <section>
        <h1>Prevention dashboard</h1>
        <p>Loading the force's problems…</p>
      </section>
    );
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <title>Prevention dashboard — Beatbook</title>
      <h1 id="dashboard-title">Prevention dashboard</h1>
      <p>
        {figures.problems} {figures.problems === 1 ? 'problem' : 'problems'} on this device. Figures are
        counts, not rates: look at the numbers beside each bar before reading anything into a small one.
      </p>

      <h2>Nominations waiting</h2>
      {waiting.length === 0 ? (
        <p className="empty">No nominations are waiting for a decision.</p>
      ) : (
        <p>
          <Link to="/good-practice/nominations">
            {waiting.length} {waiting.length === 1 ? 'nomination is' : 'nominations are'} waiting for a
            decision
          </Link>
        </p>
      )}

      <h2>Quality of evaluation</h2>
      <p>Of the {figures.quality.assessed} problems assessed or closed:</p>
      <ul className="dashboard__quality">
        <li>
          with an impact measure (response area counts before and after):{' '}
          {percent(figures.quality.withImpactMeasure)}
        </li>
        <li>with a comparison area: {percent(figures.quality.withComparisonArea)}</li>
        <li>with displacement checked: {percent(figures.quality.withDisplacementCheck)}</li>
      </ul>

      <h2>What worked</h2>
      <p>
        A positive measured outcome means the response area's daily rate fell between the before and after
        periods, and the assessment did not record "no measurable effect".
      </p>
      <FigureTable
        caption="Response techniques in problems with a positive measured outcome"
        valueHeading="Positive"
        extraHeadings={['Measured', 'Used in']}
        rows={figures.techniques.map((t) => ({
          key: t.technique,
          label: labelOf(responseTags, t.technique),
          value: t.positive,
          extra: [t.measured, t.used],
        }))}
      />

      <h2>Problems</h2>
      <FigureTable
        caption="Problems by type"
        valueHeading="Problems"
        rows={rowsOf(figures.byType, (c) => labelOf(problemTypes, c))}
      />
      <FigureTable
        caption="Problems by status"
        valueHeading="Problems"
        rows={rowsOf(figures.byStatus, (c) => labelOf(problemStatuses, c))}
      />
      <FigureTable
        caption="Problems by outcome"
        valueHeading="Problems"
        rows={rowsOf(figures.byOutcome, outcomeLabel)}
      />
    </section>
  );
}
