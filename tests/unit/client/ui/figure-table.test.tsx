// A dashboard table with more than one number a row is a card a row on a phone (stack-table in
// screens.css shows each cell's data-label before it): every number carries its heading, so a
// card reads "Positive: 3", not a bare "3". A table of one number a row stays a table.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureTable } from '#client/dashboard/ui/FigureTable';

afterEach(cleanup);

describe('FigureTable', () => {
  it('labels every number with its heading when a row has several, for the phone layout', () => {
    render(
      <FigureTable
        caption="Techniques"
        valueHeading="Positive"
        extraHeadings={['Measured', 'Used in']}
        rows={[{ key: 'diversion', label: 'Diversionary activity', value: 3, extra: [4, 5] }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Techniques' });
    expect(table.classList.contains('stack-table')).toBe(true);
    const row = within(table).getByRole('row', { name: /Diversionary activity/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => [c.dataset.label, c.textContent]),
    ).toEqual([
      ['Positive', '3'],
      ['Measured', '4'],
      ['Used in', '5'],
    ]);
  });

  it('stays a table when a row has one number', () => {
    render(
      <FigureTable
        caption="By type"
        valueHeading="Problems"
        rows={[{ key: 'begging', label: 'Begging', value: 16 }]}
      />,
    );
    expect(screen.getByRole('table', { name: 'By type' }).classList.contains('stack-table')).toBe(false);
  });
});
