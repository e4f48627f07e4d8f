// The audit screen's filters: who, kind of event, record, and a date range.
import type { SyntheticEvent } from 'react';
import type { auditKinds as AuditKinds } from '#domain/audit';
import type { AuditFilterInput } from '#client/audit/contract';

interface Props {
  draft: AuditFilterInput;
  onChange: (next: AuditFilterInput) => void;
  onSubmit: (event: SyntheticEvent) => void;
  kinds: typeof AuditKinds;
}

export function AuditFilters({ draft, onChange, onSubmit, kinds }: Props) {
  const set = (key: keyof AuditFilterInput) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <form className="audit-filters" onSubmit={onSubmit} aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-user">Username</label>
        <input
          id="audit-user"
          value={draft.user ?? ''}
          onChange={(e) => {
            set('user')(e.target.value);
          }}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-kind">Kind of event</label>
        <select
          id="audit-kind"
          value={draft.kind ?? ''}
          onChange={(e) => {
            set('kind')(e.target.value);
          }}
        >
          <option value="">Any</option>
          {kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {k.en}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-record">Record id</label>
        <input
          id="audit-record"
          value={draft.recordId ?? ''}
          onChange={(e) => {
            set('recordId')(e.target.value);
          }}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From (date)</label>
        <input
          id="audit-from"
          type="date"
          value={draft.from ?? ''}
          onChange={(e) => {
            set('from')(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To (date)</label>
        <input
          id="audit-to"
          type="date"
          value={draft.to ?? ''}
          onChange={(e) => {
            set('to')(e.target.value);
          }}
        />
      </div>
      <button type="submit">Show</button>
    </form>
  );
}
