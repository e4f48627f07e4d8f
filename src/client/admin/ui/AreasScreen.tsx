// Areas as imported from GeoJSON (`npm run admin -- areas:import FILE`): districts, wards, beats.
import { useEffect, useState } from 'react';
import { ApiError } from '#client/app/contract';
import { type Area } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';
import { errorText, Trans, useT } from '#client/i18n/index';

export function AreasScreen({ organisation }: { organisation: OrganisationRepository }) {
  const t = useT();
  const [areas, setAreas] = useState<Area[] | null>(null);
  // The failure's catalogue code, worded when shown; null for one with no code.
  const [error, setError] = useState<{ code: string | null } | null>(null);
  useEffect(() => {
    organisation.areas().then(setAreas, (e: unknown) => {
      setError({ code: e instanceof ApiError ? e.code : null });
    });
  }, [organisation]);
  const names = new Map((areas ?? []).map((a) => [a.id, a.name]));
  const col = {
    name: t('admin.areas.name'),
    kind: t('admin.areas.kind'),
    within: t('admin.areas.within'),
    id: t('admin.areas.id'),
  };
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">{t('admin.nav.areas')}</h2>
      <p>
        <Trans t={t} i18nKey="admin.areas.intro" components={{ code: <code /> }} />
      </p>
      {error !== null && (
        <p role="alert">{error.code === null ? t('admin.areas.loadFailed') : errorText(t, error.code)}</p>
      )}
      {areas === null && error === null && <p>{t('admin.areas.loading')}</p>}
      {areas !== null && areas.length === 0 && <p>{t('admin.areas.none')}</p>}
      {areas !== null && areas.length > 0 && (
        <table className="stack-table">
          <caption>{t('admin.areas.count', { count: areas.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{col.name}</th>
              <th scope="col">{col.kind}</th>
              <th scope="col">{col.within}</th>
              <th scope="col">{col.id}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <td data-label={col.name}>{a.name}</td>
                <td data-label={col.kind}>{t(`admin.areaKind.${a.kind}`)}</td>
                <td data-label={col.within}>
                  {a.parentId === null ? '—' : (names.get(a.parentId) ?? a.parentId)}
                </td>
                <td data-label={col.id}>{a.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
