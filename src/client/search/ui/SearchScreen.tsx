// Finding what worked: full-text search of my teams' problems and the good-practice
// library, on this device (no signal needed), with facet filters. The query and the filters live
// in the address (?q=…&type=…) so a reload or a shared link keeps them. Each search run is
// recorded for the audit log (useSearchAudit).
import { useMemo, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { facetNames } from '#domain/search/facets';
import { formatNumber } from '#client/i18n/format';
import { type TFunction, useT } from '#client/i18n/index';
import { FacetFilters } from './FacetFilters';
import { ResultCard } from './ResultCard';
import { useDebounced, useSearchAudit, useSearchService, useTeamNames } from './use-search';
import './search.css';

export function SearchScreen() {
  const t = useT();
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
  useSearchAudit(settled, chosen, results?.total ?? null);

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
      <title>{t('app.title', { screen: t('search.title') })}</title>
      <h1 id="search-heading">{t('search.heading')}</h1>
      <form
        role="search"
        onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
          event.preventDefault();
        }}
      >
        <label htmlFor="search-q">{t('search.label')}</label>
        <p className="field-hint" id="search-q-hint">
          {t('search.hint')}
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
        {statusText(t, status, results?.total ?? null)}
      </p>
      {results !== null && (
        <div className="search-layout">
          <FacetFilters
            facets={results.facets}
            chosen={chosen}
            teamNames={teamNames}
            onToggle={toggle}
            onClear={clear}
            found={foundText(t, results.total)}
          />
          <div>
            {!results.matchedAll && <p>{t('search.anyWords')}</p>}
            {/* Result cards are h3s: this keeps the outline h1 > h2 > h3 for screen readers. */}
            <h2 className="visually-hidden">{t('search.results')}</h2>
            <ol className="search-results" aria-label={t('search.results')}>
              {results.hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard card={hit.payload} />
                </li>
              ))}
            </ol>
            {results.total > results.hits.length && (
              <p>
                {t('search.showingBest', {
                  shown: formatNumber(results.hits.length),
                  total: formatNumber(results.total),
                })}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function statusText(
  t: TFunction,
  status: ReturnType<typeof useSearchService>['status'],
  total: number | null,
): string {
  // The only error is that the index code could not be loaded (search/data/lazy.ts).
  if (status.error !== null) return t('search.status.unavailable');
  if (!status.ready || total === null) return t('search.status.preparing');
  return t('search.status.summary', {
    found: foundText(t, total),
    documents: formatNumber(status.documents),
  });
}

function foundText(t: TFunction, total: number): string {
  return total === 0 ? t('search.status.nothingFound') : t('search.status.found', { count: total });
}
