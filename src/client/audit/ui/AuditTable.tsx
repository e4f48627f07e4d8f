// One page of audit rows, newest first.
import { auditKinds, type AuditRow } from '#domain/audit';

const kindLabel = new Map<string, string>(auditKinds.map((k) => [k.code, k.en]));

function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString('en-GB');
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p>No entries match these filters.</p>;
  return (
    <div className="table-scroll">
      <table className="audit-table stack-table">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Kind</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Device</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.seq}>
              <td data-label="When">{when(r.at)}</td>
              <td data-label="Who">{r.displayName ?? r.username ?? r.userId ?? 'The force database'}</td>
              <td data-label="Kind">{kindLabel.get(r.kind) ?? r.kind}</td>
              <td data-label="Action">{r.action}</td>
              <td data-label="Record">{r.recordId === null ? '—' : `${r.collection ?? ''} ${r.recordId}`}</td>
              <td data-label="Device">{r.deviceId ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
