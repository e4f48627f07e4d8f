// Facet filters with counts: tick a value to narrow the results; counts show what each would give.
import type { FacetCount } from '#domain/search/engine';
import { facetNames, facetTitles, facetValueLabel } from '#domain/search/facets';

interface FacetFiltersProps {
  facets: Readonly<Record<string, FacetCount[]>>;
  chosen: Readonly<Record<string, readonly string[]>>;
  teamNames: Readonly<Record<string, string>>;
  onToggle: (facet: string, value: string) => void;
}

export function FacetFilters({ facets, chosen, teamNames, onToggle }: FacetFiltersProps) {
  return (
    <div className="search-facets">
      {facetNames.map((facet) => {
        const counts = facets[facet] ?? [];
        const selected = chosen[facet] ?? [];
        // A chosen value with no matches stays listed, so it can be unticked.
        const shown = [
          ...counts,
          ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
        ];
        if (shown.length === 0) return null;
        return (
          <fieldset key={facet} className="search-facet">
            <legend>{facetTitles[facet]}</legend>
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
                    {facetValueLabel(facet, value, teamNames)} ({count})
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
