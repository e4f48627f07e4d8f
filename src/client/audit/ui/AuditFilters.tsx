// The audit screen's filters: who, kind of event, record, and a date range.
import type { SyntheticEvent } from 'react';
import type { auditKinds as AuditKinds } from '#domain/audit';
import type { AuditFilterInput } from '#client/audit/contract';
import { useT } from '#client/i18n/index';
import { auditKindLabel } from './audit-entries';

interface Props {
  draft: AuditFilterInput;
  onChange: (next: AuditFilterInput) => void;
  onSubmit: (event: SyntheticEvent) => void;
  kinds: typeof AuditKinds;
}

export function AuditFilters({ draft, onChange, onSubmit, kinds }: Props) {
  const t = useT();
  const set = (key: keyof AuditFilterInput) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <form className="audit-filters" onSubmit={onSubmit} aria-label={t('audit.filters.label')}>
      <div className="field">
        <label htmlFor="audit-user">{t('audit.filters.user')}</label>
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
        <label htmlFor="audit-kind">{t('audit.filters.kind')}</label>
        <select
          id="audit-kind"
          value={draft.kind ?? ''}
          onChange={(e) => {
            set('kind')(e.target.value);
          }}
        >
          <option value="">{t('audit.filters.any')}</option>
          {kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {auditKindLabel(t, k.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-record">{t('audit.filters.record')}</label>
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
        <label htmlFor="audit-from">{t('audit.filters.from')}</label>
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
        <label htmlFor="audit-to">{t('audit.filters.to')}</label>
        <input
          id="audit-to"
          type="date"
          value={draft.to ?? ''}
          onChange={(e) => {
            set('to')(e.target.value);
          }}
        />
      </div>
      <button type="submit">{t('audit.filters.show')}</button>
    </form>
  );
}
