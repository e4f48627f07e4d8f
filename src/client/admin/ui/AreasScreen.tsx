// Areas as imported from GeoJSON (`npm run admin -- areas:import FILE`): districts, wards, beats.
import { useEffect, useState } from 'react';
import { ApiError } from '#client/app/contract';
import { type Area } from '#domain/organisation';
import { type OrganisationRepository } from '#client/admin/contract';

export function AreasScreen({ organisation }: { organisation: OrganisationRepository }) {
  const [areas, setAreas] = useState<Area[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    organisation.areas().then(setAreas, (e: unknown) => {
      setError(e instanceof ApiError ? e.message : 'The areas could not be loaded.');
    });
  }, [organisation]);
  const names = new Map((areas ?? []).map((a) => [a.id, a.name]));
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">Areas</h2>
      <p>
        Areas are loaded from a GeoJSON file on the server: <code>npm run admin -- areas:import FILE</code>.
      </p>
      {error !== null && <p role="alert">{error}</p>}
      {areas === null && error === null && <p>Loading areas…</p>}
      {areas !== null && areas.length === 0 && <p>No areas have been imported yet.</p>}
      {areas !== null && areas.length > 0 && (
        <table className="stack-table">
          <caption>{areas.length} areas</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Within</th>
              <th scope="col">Id</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <td data-label="Name">{a.name}</td>
                <td data-label="Kind">{a.kind}</td>
                <td data-label="Within">
                  {a.parentId === null ? '—' : (names.get(a.parentId) ?? a.parentId)}
                </td>
                <td data-label="Id">{a.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
