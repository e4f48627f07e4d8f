// Search's facet filters on a phone: folded into a sheet whose summary says how many are chosen
// and how many records match; the team facet names teams, never ids.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetFilters } from '#client/search/ui/FacetFilters';

afterEach(cleanup);

const facets = {
  source: [{ value: 'problems', count: 3 }],
  team: [
    { value: 'north', count: 2 },
    { value: 'south', count: 1 },
  ],
};
const teamNames = { north: 'North Neighbourhood Team', south: 'South Neighbourhood Team' };

function sheet(chosen: Record<string, string[]> = {}) {
  const onToggle = vi.fn();
  const onClear = vi.fn();
  render(
    <FacetFilters
      facets={facets}
      chosen={chosen}
      teamNames={teamNames}
      onToggle={onToggle}
      onClear={onClear}
      found="3 records found"
    />,
  );
  return { onToggle, onClear };
}

describe('the search filter sheet', () => {
  it('is folded, and its summary gives the chosen count and the records found', () => {
    sheet();
    const summary = screen.getByText(/^Filters:/).closest('summary');
    expect(summary?.textContent).toBe('Filters: none chosen · 3 records found');
    expect(summary?.parentElement?.hasAttribute('open')).toBe(false);
  });

  it('names teams, ticks and clears', () => {
    const { onToggle, onClear } = sheet({ team: ['north'] });
    expect(screen.getByText(/^Filters:/).closest('summary')?.textContent).toBe(
      'Filters: 1 chosen · 3 records found',
    );
    const north = screen.getByRole('checkbox', { name: 'North Neighbourhood Team (2)' });
    expect((north as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('checkbox', { name: /^north/ })).toBeNull();
    // The facet with a chosen value is open; the others stay folded.
    expect(north.closest('details')?.hasAttribute('open')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'South Neighbourhood Team (1)' }));
    expect(onToggle).toHaveBeenCalledWith('team', 'south');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalled();
  });
});
