// Facet filters with counts, in a sheet that folds away so the first result shows on a phone:
// its summary says how many filters are chosen and how many records match; each facet folds too,
// open while one of its values is chosen. Every option is a 44 px row.
import { useState } from 'react';
import type { FacetCount } from '#domain/search/engine';
import { facetNames } from '#domain/search/facets';
import { useT, type TFunction } from '#client/i18n/index';
import { facetLabel, facetTitle } from './facet-labels';

interface FacetFiltersProps {
  facets: Readonly<Record<string, FacetCount[]>>;
  chosen: Readonly<Record<string, readonly string[]>>;
  teamNames: Readonly<Record<string, string>>;
  onToggle: (facet: string, value: string) => void;
  onClear: () => void;
  /** "12 records found", shown in the sheet's summary and at its foot. */
  found: string;
}

function chosenText(t: TFunction, n: number): string {
  return n === 0 ? t('search.filters.none') : t('search.filters.chosen', { count: n });
}

export function FacetFilters({ facets, chosen, teamNames, onToggle, onClear, found }: FacetFiltersProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const total = Object.values(chosen).reduce((n, values) => n + values.length, 0);
  return (
    <details
      className="search-sheet"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="search-sheet__summary">
        {t('search.filters.summary', { chosen: chosenText(t, total) })}{' '}
        <span className="search-sheet__found">· {found}</span>
      </summary>
      <div className="search-sheet__body">
        {facetNames.map((facet) => {
          const counts = facets[facet] ?? [];
          const selected = chosen[facet] ?? [];
          // A chosen value with no matches stays listed, so it can be unticked.
          const shown = [
            ...counts,
            ...selected
              .filter((v) => !counts.some((c) => c.value === v))
              .map((value) => ({ value, count: 0 })),
          ];
          if (shown.length === 0) return null;
          return (
            <details key={facet} className="search-facet" open={selected.length > 0 || undefined}>
              <summary>
                {selected.length > 0
                  ? t('search.filters.facet', {
                      facet: facetTitle(t, facet),
                      chosen: chosenText(t, selected.length),
                    })
                  : facetTitle(t, facet)}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{facetTitle(t, facet)}</legend>
                {shown.map(({ value, count }) => {
                  const id = `facet-${facet}-${value}`;
                  return (
                    <div key={value} className="search-facet__option">
                      <input
                        type="checkbox"
                        id={id}
                        checked={selected.includes(value)}
                        onChange={() => {
                          onToggle(facet, value);
                        }}
                      />
                      <label htmlFor={id}>
                        {facetLabel(t, facet, value, teamNames)} ({count})
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            </details>
          );
        })}
        <p className="search-sheet__foot">
          <span>{found}</span>
          {total > 0 && (
            <button type="button" className="secondary" onClick={onClear}>
              {t('search.filters.clear')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setOpen(false);
            }}
          >
            {t('search.filters.showResults')}
          </button>
        </p>
      </div>
    </details>
  );
}
