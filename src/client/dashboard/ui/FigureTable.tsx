// A bar chart with its table: the bars are a picture of the table beside them (hidden from
// screen readers), and the table carries every number, so nobody depends on the picture. A table
// with more than one number a row is a card a row on a phone (`stack-table`, each number with
// its heading): three number columns beside a category do not fit 390 px, in Welsh least of all.
import { useT } from '#client/i18n/index';
import { formatNumber } from '#client/i18n/format';

export interface FigureRow {
  key: string;
  label: string;
  value: number;
  /** Extra columns, e.g. "measured" and "used" beside "positive". */
  extra?: readonly (string | number)[];
}

export function FigureTable({
  caption,
  valueHeading,
  extraHeadings = [],
  rows,
}: {
  caption: string;
  valueHeading: string;
  extraHeadings?: readonly string[];
  rows: readonly FigureRow[];
}) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.value));
  if (rows.length === 0) return <p className="empty">{t('dashboard.nothingYet', { caption })}</p>;
  return (
    <table className={extraHeadings.length > 0 ? 'figure-table stack-table' : 'figure-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.category')}</th>
          <th scope="col">{valueHeading}</th>
          {extraHeadings.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
          <th scope="col" aria-hidden="true" className="figure-table__bar-heading">
            {t('dashboard.chart')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="figure-table__number" data-label={valueHeading}>
              {formatNumber(row.value)}
            </td>
            {(row.extra ?? []).map((cell, i) => (
              <td className="figure-table__number" key={extraHeadings[i] ?? i} data-label={extraHeadings[i]}>
                {typeof cell === 'number' ? formatNumber(cell) : cell}
              </td>
            ))}
            <td aria-hidden="true" className="figure-table__bar-cell">
              <span
                className="figure-table__bar"
                style={{ inlineSize: `${String((row.value / max) * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
