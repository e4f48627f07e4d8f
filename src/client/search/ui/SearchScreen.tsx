// Finding what worked: full-text search of my teams' problems and the good-practice
// library, on this device (no signal needed), with facet filters. The query and the filters live
// in the address (?q=…&type=…) so a reload or a shared link keeps them.
import { useMemo, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { facetNames } from '#domain/search/facets';
import { FacetFilters } from './FacetFilters';
import { ResultCard } from './ResultCard';
import { useDebounced, useSearchService, useTeamNames } from './use-search';
import './search.css';

export function SearchScreen() {
  const [params, setParams] = useSearchParams();
  const { service, status } = useSearchService();
  const teamNames = useTeamNames(service);
  const text = params.get('q') ?? '';
  const settled = useDebounced(text, 120);
  const chosen = useMemo(() => Object.fromEntries(facetNames.map((f) => [f, params.getAll(f)])), [params]);
  const results = useMemo(
    () => (status.ready ? service.search({ text: settled, filters: chosen, limit: 50 }) : null),
    // `status` changes with the index (an edit, a pull): search again.
    [service, status, settled, chosen],
  );

  function setText(value: string): void {
    const next = new URLSearchParams(params);
    if (value === '') next.delete('q');
    else next.set('q', value);
    setParams(next, { replace: true });
  }

  function toggle(facet: string, value: string): void {
    const next = new URLSearchParams(params);
    const values = next.getAll(facet);
    next.delete(facet);
    for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value])
      next.append(facet, v);
    setParams(next, { replace: true });
  }

  function clear(): void {
    const next = new URLSearchParams(params);
    for (const facet of facetNames) next.delete(facet);
    setParams(next, { replace: true });
  }

  return (
    <section className="search-screen" aria-labelledby="search-heading">
      <title>Search — Beatbook</title>
      <h1 id="search-heading">Find what worked</h1>
      <form
        role="search"
        onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
          event.preventDefault();
        }}
      >
        <label htmlFor="search-q">Search</label>
        <p className="field-hint" id="search-q-hint">
          Words from a problem or a lesson, or a technique such as “alley gating”. Works without signal.
        </p>
        <input
          id="search-q"
          type="search"
          aria-describedby="search-q-hint"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </form>
      <p role="status" className="search-status">
        {statusText(status, results?.total ?? null)}
      </p>
      {results !== null && (
        <div className="search-layout">
          <FacetFilters
            facets={results.facets}
            chosen={chosen}
            teamNames={teamNames}
            onToggle={toggle}
            onClear={clear}
            found={foundText(results.total)}
          />
          <div>
            {!results.matchedAll && (
              <p>No record has all of those words; showing records with any of them.</p>
            )}
            {/* Result cards are h3s: this keeps the outline h1 > h2 > h3 for screen readers. */}
            <h2 className="visually-hidden">Results</h2>
            <ol className="search-results" aria-label="Results">
              {results.hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard card={hit.payload} />
                </li>
              ))}
            </ol>
            {results.total > results.hits.length && (
              <p>
                Showing the best {results.hits.length} of {results.total}. Add a word or a filter to narrow
                them.
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function statusText(status: ReturnType<typeof useSearchService>['status'], total: number | null): string {
  if (status.error !== null) return status.error;
  if (!status.ready || total === null) return 'Getting search ready on this device…';
  return `${foundText(total)} among ${String(status.documents)} problems and good-practice records on this device.`;
}

function foundText(total: number): string {
  return total === 0 ? 'Nothing found' : total === 1 ? '1 record found' : `${String(total)} records found`;
}
