// The measures, computed live from the counts as the officer types, with their plain-English
// reading. A measure that cannot be calculated shows why (never NaN).
import { evaluationView, formatMeasure, formatNumber } from '#domain/good-practice/evaluation-view';
import type { EvaluationFields } from '#domain/good-practice/evaluations';

export function MeasuresPanel({ fields }: { fields: Omit<EvaluationFields, 'problemId'> }) {
  const view = evaluationView({ problemId: '', ...fields });
  const { wdq, wdd } = view;
  return (
    <section className="evaluation__measures" aria-labelledby="measures-title" aria-live="polite">
      <h2 id="measures-title">What the counts say</h2>
      <p className="field-hint">{view.periodNote}</p>
      {view.reading.length > 0 && (
        <ul className="evaluation__reading">
          {view.reading.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {view.waitingFor !== null && <p>{view.waitingFor}</p>}
      {wdq !== null && wdd !== null && (
        <table className="evaluation__table">
          <caption>Displacement measures</caption>
          <tbody>
            <tr>
              <th scope="row">Gross effect (fewer incidents in the response area)</th>
              <td>{formatNumber(wdq.grossEffect)}</td>
            </tr>
            <tr>
              <th scope="row">Success measure (below 0: improved against the comparison area)</th>
              <td>{formatMeasure(wdq.successMeasure)}</td>
            </tr>
            <tr>
              <th scope="row">Buffer measure</th>
              <td>{formatMeasure(wdq.bufferMeasure)}</td>
            </tr>
            <tr>
              <th scope="row">Weighted displacement quotient</th>
              <td>{formatMeasure(wdq.wdq)}</td>
            </tr>
            <tr>
              <th scope="row">Total net effect (incidents prevented)</th>
              <td>{formatMeasure(wdq.totalNetEffect)}</td>
            </tr>
            <tr>
              <th scope="row">Weighted displacement difference (95% interval)</th>
              <td>
                {formatNumber(wdd.estimate)} ({formatNumber(wdd.ci95[0])} to {formatNumber(wdd.ci95[1])})
              </td>
            </tr>
            <tr>
              <th scope="row">Z for the difference</th>
              <td>{formatMeasure(wdd.z)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
