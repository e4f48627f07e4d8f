// The audit log (s.62): who did what to which record, when, from which device. Admins
// see every row; supervisors the rows about their teams' records and their team members' actions.
// Filters, newest first, "Show older" paging, and a CSV export that is itself logged.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { auditKinds } from '#domain/audit';
import type { AuditRow } from '#domain/audit';
import { useWorkspace } from '#client/app/store';
import { ApiError } from '#client/app/contract';
import { type AuditFilterInput, type AuditRepository } from '#client/audit/contract';
import { useT, type TFunction } from '#client/i18n/index';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import './audit.css';

function failureText(t: TFunction, error: unknown): string {
  return error instanceof ApiError ? error.message : t('audit.loadFailed');
}

export function AuditScreen() {
  const { audit } = useWorkspace();
  const t = useT();
  return (
    <section aria-labelledby="audit-title">
      <title>{t('app.title', { screen: t('audit.title') })}</title>
      <h1 id="audit-title">{t('audit.title')}</h1>
      <AuditLog audit={audit} />
    </section>
  );
}

function AuditLog({ audit }: { audit: AuditRepository }) {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilterInput>({});
  const [draft, setDraft] = useState<AuditFilterInput>({});
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The first page whenever the applied filters change; answers for older filters are ignored.
  useEffect(() => {
    let current = true;
    audit.page(filters).then(
      (page) => {
        if (!current) return;
        setRows(page.rows);
        setNextBefore(page.nextBefore);
      },
      (e: unknown) => {
        if (current) setError(failureText(t, e));
      },
    );
    return () => {
      current = false;
    };
  }, [audit, filters, t]);

  function older(before: number) {
    setError(null);
    audit.page(filters, before).then(
      (page) => {
        setRows((old) => [...(old ?? []), ...page.rows]);
        setNextBefore(page.nextBefore);
      },
      (e: unknown) => {
        setError(failureText(t, e));
      },
    );
  }

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    if (
      draft.from !== undefined &&
      draft.to !== undefined &&
      draft.from !== '' &&
      draft.to !== '' &&
      draft.to < draft.from
    ) {
      setError(t('audit.badRange'));
      return;
    }
    setError(null);
    setRows(null);
    setFilters({ ...draft });
  }

  return (
    <>
      <AuditFilters draft={draft} onChange={setDraft} onSubmit={apply} kinds={auditKinds} />
      <p>
        <a className="button-link" href={audit.csvUrl(filters)} download>
          {t('audit.export')}
        </a>{' '}
        <span className="field-hint">{t('audit.exportNote')}</span>
      </p>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {rows === null && error === null && <p>{t('audit.loading')}</p>}
      {rows !== null && <AuditTable rows={rows} />}
      {nextBefore !== null && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            older(nextBefore);
          }}
        >
          {t('audit.older')}
        </button>
      )}
    </>
  );
}
