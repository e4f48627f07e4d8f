// The prevention lead's dashboard: problems by type, status and outcome; which response
// techniques appear in problems with a positive measured outcome, with the counts beside them so a
// small number is not mistaken for evidence; the quality of evaluation; nominations waiting.
// Computed on the device from the records it holds, so it works offline.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { dashboardFigures, type Share } from '#domain/dashboard/figures';
import { goodPracticeState } from '#domain/good-practice/queue';
import type { DashboardData } from '#client/dashboard/contract';
import { useStillDownloading, useWorkspace } from '#client/app/store';
import { useLanguage, useT, type TFunction } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';
import { formatNumber } from '#client/i18n/format';
import { FigureTable, type FigureRow } from './FigureTable';
import './dashboard.css';

function rowsOf(
  counts: Record<string, number>,
  label: (code: string) => string,
  language: string,
): FigureRow[] {
  return Object.entries(counts)
    .map(([key, value]) => ({ key, label: label(key), value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, language));
}

function percent(t: TFunction, share: Share): string {
  if (share.of === 0) return t('dashboard.noneAssessed');
  return t('dashboard.share', {
    percent: formatNumber(share.count / share.of, { style: 'percent' }),
    count: formatNumber(share.count),
    of: formatNumber(share.of),
  });
}

export function DashboardScreen() {
  const t = useT();
  const language = useLanguage();
  const { dashboard, me } = useWorkspace();
  const [data, setData] = useState<DashboardData>();
  // Figures counted mid-download (41 of 301 problems, "no nominations waiting") would mislead,
  // so nothing is read until the first download is complete: re-reading every problem after each
  // page it stores competes with the download (issue 16).
  const downloading = useStillDownloading();
  useEffect(() => (downloading ? undefined : dashboard.watch(setData)), [dashboard, downloading]);
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
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.forLeadsOnly')}</p>
      </section>
    );
  if (figures === undefined || downloading)
    return (
      <section>
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.loading')}</p>
      </section>
    );
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <title>{t('app.title', { screen: t('dashboard.title') })}</title>
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro', { count: figures.problems })}</p>

      <h2>{t('dashboard.nominationsHeading')}</h2>
      {waiting.length === 0 ? (
        <p className="empty">{t('dashboard.noNominations')}</p>
      ) : (
        <p>
          <Link to="/good-practice/nominations">
            {t('dashboard.nominationsWaiting', { count: waiting.length })}
          </Link>
        </p>
      )}

      <h2>{t('dashboard.qualityHeading')}</h2>
      <p>{t('dashboard.qualityOf', { count: figures.quality.assessed })}</p>
      <ul className="dashboard__quality">
        <li>{t('dashboard.withImpactMeasure', { share: percent(t, figures.quality.withImpactMeasure) })}</li>
        <li>
          {t('dashboard.withComparisonArea', { share: percent(t, figures.quality.withComparisonArea) })}
        </li>
        <li>
          {t('dashboard.withDisplacementCheck', { share: percent(t, figures.quality.withDisplacementCheck) })}
        </li>
      </ul>

      <h2>{t('dashboard.workedHeading')}</h2>
      <p>{t('dashboard.workedExplain')}</p>
      <FigureTable
        caption={t('dashboard.techniquesCaption')}
        valueHeading={t('dashboard.positive')}
        extraHeadings={[t('dashboard.measured'), t('dashboard.usedIn')]}
        rows={figures.techniques.map((row) => ({
          key: row.technique,
          label: responseTagLabel(t, row.technique),
          value: row.positive,
          extra: [row.measured, row.used],
        }))}
      />

      <h2>{t('dashboard.problemsHeading')}</h2>
      <FigureTable
        caption={t('dashboard.byType')}
        valueHeading={t('dashboard.problems')}
        rows={rowsOf(figures.byType, (c) => vocabLabel(t, 'problemType', c), language)}
      />
      <FigureTable
        caption={t('dashboard.byStatus')}
        valueHeading={t('dashboard.problems')}
        rows={rowsOf(figures.byStatus, (c) => vocabLabel(t, 'problemStatus', c), language)}
      />
      <FigureTable
        caption={t('dashboard.byOutcome')}
        valueHeading={t('dashboard.problems')}
        rows={rowsOf(
          figures.byOutcome,
          (c) => (c === 'not_assessed' ? t('dashboard.notAssessed') : vocabLabel(t, 'assessmentOutcome', c)),
          language,
        )}
      />
    </section>
  );
}
