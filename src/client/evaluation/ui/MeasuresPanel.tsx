// The measures, computed live from the counts as the officer types, with their plain-language
// reading. A measure that cannot be calculated shows why (never NaN).
import { evaluationView } from '#domain/good-practice/evaluation-view';
import type { EvaluationFields } from '#domain/good-practice/evaluations';
import { useT } from '#client/i18n/index';
import { measureText, numberText, periodNote, readingLines, waitingFor } from './reading';

export function MeasuresPanel({ fields }: { fields: Omit<EvaluationFields, 'problemId'> }) {
  const t = useT();
  const view = evaluationView({ problemId: '', ...fields });
  const { wdq, wdd } = view;
  const reading = readingLines(t, view, fields);
  const waiting = waitingFor(t, view, fields);
  const rows: [string, string][] =
    wdq === null || wdd === null
      ? []
      : [
          [t('evaluation.measures.grossEffect'), numberText(wdq.grossEffect)],
          [t('evaluation.measures.successMeasure'), measureText(t, wdq.successMeasure)],
          [t('evaluation.measures.bufferMeasure'), measureText(t, wdq.bufferMeasure)],
          [t('evaluation.measures.wdq'), measureText(t, wdq.wdq)],
          [t('evaluation.measures.totalNetEffect'), measureText(t, wdq.totalNetEffect)],
          [
            t('evaluation.measures.wdd'),
            t('evaluation.measures.interval', {
              estimate: numberText(wdd.estimate),
              low: numberText(wdd.ci95[0]),
              high: numberText(wdd.ci95[1]),
            }),
          ],
          [t('evaluation.measures.wddZ'), measureText(t, wdd.z)],
        ];
  return (
    <section className="evaluation__measures" aria-labelledby="measures-title" aria-live="polite">
      <h2 id="measures-title">{t('evaluation.measures.title')}</h2>
      <p className="field-hint">{periodNote(t, view)}</p>
      {reading.length > 0 && (
        <ul className="evaluation__reading">
          {reading.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {waiting !== null && <p>{waiting}</p>}
      {rows.length > 0 && (
        <table className="evaluation__table">
          <caption>{t('evaluation.measures.caption')}</caption>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
