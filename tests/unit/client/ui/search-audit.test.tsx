// Issue 13, item 6: the search screen records each search the officer runs for the audit log,
// once it has settled on screen or when the officer leaves, and not each keystroke on the way.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchRun } from '#client/audit/contract';
import type { Workspace } from '#client/app/contract';
import { FakeSession, fakeWorkspace, renderApp } from './fakes';

afterEach(cleanup);

function openSearch(matches: number) {
  const runs: SearchRun[] = [];
  const search: Workspace['search'] = {
    subscribe: () => () => undefined,
    status: () => ({ ready: true, documents: 12, error: null, revision: 1 }),
    search: ({ text }) => ({ hits: [], total: text === '' ? 12 : matches, facets: {}, matchedAll: true }),
    similar: () => [],
    teamNames: () => ({}),
  };
  const workspace = fakeWorkspace({
    search,
    consultations: { recordOpened: () => undefined, recordSearch: (run) => runs.push(run) },
  });
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, '/search');
  return runs;
}

describe('searches are audited', () => {
  it('records the settled search once, with its words, filters and match count, not each keystroke', async () => {
    const runs = openSearch(3);
    const box = await screen.findByLabelText('Search', { selector: 'input' }, { timeout: 10_000 });
    for (const typed of ['M', 'Mi', 'Mil', 'Mill', 'Mill L', 'Mill Lane'])
      fireEvent.change(box, { target: { value: typed } });
    await waitFor(
      () => {
        expect(runs).toHaveLength(1);
      },
      { timeout: 5_000 },
    );
    expect(runs[0]).toMatchObject({ text: 'Mill Lane', results: 3 });
    expect(Object.values(runs[0]?.filters ?? {}).flat()).toEqual([]);
  });

  it('records the search on screen when the officer leaves before it settled', async () => {
    const runs = openSearch(1);
    const box = await screen.findByLabelText('Search', { selector: 'input' }, { timeout: 10_000 });
    fireEvent.change(box, { target: { value: 'alley gating' } });
    // The results for these words are on screen (after the 120 ms debounce); leave at once.
    // The count shows in the results and in the folded filter sheet.
    await screen.findAllByText(/^1 record found/);
    cleanup();
    expect(runs.map((r) => r.text)).toEqual(['alley gating']);
  });
});
