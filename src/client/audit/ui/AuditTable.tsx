// The audit log as a list of sentences, newest first: who did what, when. A download made of many
// pages is one entry; "Details" under each entry shows the rows behind it (action, record, device)
// for an auditor who needs them.
import type { AuditRow } from '#domain/audit';
import { useT } from '#client/i18n/index';
import { formatDateTime } from '#client/i18n/format';
import { auditEntries, auditKindLabel, type AuditEntry } from './audit-entries';

function RowDetails({ row }: { row: AuditRow }) {
  const t = useT();
  const parts = [row.action];
  if (row.recordId !== null)
    parts.push(
      row.collection === null
        ? t('audit.row.aRecord', { id: row.recordId })
        : t('audit.row.record', { collection: row.collection, id: row.recordId }),
    );
  if (row.deviceId !== null) parts.push(t('audit.row.device', { id: row.deviceId }));
  parts.push(t('audit.row.entry', { seq: String(row.seq) }));
  return <li>{parts.join(t('format.list.separator'))}</li>;
}

function Entry({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const first = entry.rows[0];
  const span =
    entry.firstAt === entry.at
      ? formatDateTime(entry.at)
      : t('audit.span', { from: formatDateTime(entry.firstAt), to: formatDateTime(entry.at) });
  return (
    <li className="audit-entry">
      <p className="audit-entry__sentence">
        {entry.sentence.before}
        <strong>{entry.who}</strong>
        {entry.sentence.after}
      </p>
      <p className="audit-entry__meta">
        <time dateTime={entry.at}>{span}</time>
        {first === undefined ? '' : `${t('format.list.separator')}${auditKindLabel(t, first.kind)}`}
      </p>
      <details className="audit-entry__details">
        <summary>{t('audit.details')}</summary>
        <ul>
          {entry.rows.map((r) => (
            <RowDetails key={r.seq} row={r} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = useT();
  if (rows.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <ol className="audit-entries" aria-label={t('audit.listLabel')}>
      {auditEntries(rows).map((entry) => (
        <Entry key={entry.key} entry={entry} />
      ))}
    </ol>
  );
}
