// The audit log as a list of sentences, newest first: who did what, when. A download made of many
// pages is one entry; "Details" under each entry shows the rows behind it (action, record, device)
// for an auditor who needs them.
import { auditKinds, type AuditRow } from '#domain/audit';
import { auditEntries, type AuditEntry } from './audit-entries';

const kindLabel = new Map<string, string>(auditKinds.map((k) => [k.code, k.en]));

function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString('en-GB');
}

function RowDetails({ row }: { row: AuditRow }) {
  return (
    <li>
      {row.action}
      {row.recordId === null ? '' : ` · ${row.collection ?? 'record'} ${row.recordId}`}
      {row.deviceId === null ? '' : ` · device ${row.deviceId}`}
      {` · entry ${String(row.seq)}`}
    </li>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const first = entry.rows[0];
  const span = entry.firstAt === entry.at ? when(entry.at) : `${when(entry.firstAt)} to ${when(entry.at)}`;
  return (
    <li className="audit-entry">
      <p className="audit-entry__sentence">
        <strong>{entry.who}</strong> {entry.what}
      </p>
      <p className="audit-entry__meta">
        <time dateTime={entry.at}>{span}</time>
        {first === undefined ? '' : ` · ${kindLabel.get(first.kind) ?? first.kind}`}
      </p>
      <details className="audit-entry__details">
        <summary>Details</summary>
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
  if (rows.length === 0) return <p>No entries match these filters.</p>;
  return (
    <ol className="audit-entries" aria-label="Audit entries, newest first">
      {auditEntries(rows).map((entry) => (
        <Entry key={entry.key} entry={entry} />
      ))}
    </ol>
  );
}
