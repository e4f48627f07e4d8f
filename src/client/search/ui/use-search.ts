// The screens' view of Workspace.search: subscribe while mounted (the index follows the records
// only while someone is looking) and re-render when it changes.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Workspace } from '#client/app/contract';
import type { SearchRun } from '#client/audit/contract';
import { useWorkspace } from '#client/app/store';

export type SearchService = Workspace['search'];
export type SearchIndexStatus = ReturnType<SearchService['status']>;

const snapshots = new WeakMap<SearchService, { key: string; status: SearchIndexStatus }>();

/** The same object while nothing changed, as useSyncExternalStore needs. */
function snapshot(service: SearchService): SearchIndexStatus {
  const status = service.status();
  const key = `${String(status.ready)}|${String(status.revision)}|${String(status.documents)}|${status.error ?? ''}`;
  const cached = snapshots.get(service);
  if (cached?.key === key) return cached.status;
  snapshots.set(service, { key, status });
  return status;
}

export function useSearchService(): { service: SearchService; status: SearchIndexStatus } {
  const { search } = useWorkspace();
  const subscribe = useCallback((onChange: () => void) => search.subscribe(onChange), [search]);
  const status = useSyncExternalStore(subscribe, () => snapshot(search));
  return { service: search, status };
}

/** The value, once it has stopped changing for `ms` (typing settles before suggestions move). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}

/**
 * Team names by id for the team facet: the user's own teams, and every team the roster names
 * (a prevention lead reads the whole force), so no facet shows a raw id.
 */
export function useTeamNames(service: SearchService): Readonly<Record<string, string>> {
  const { roster } = useWorkspace();
  const [fromRoster, setFromRoster] = useState<Readonly<Record<string, string>>>({});
  useEffect(
    () =>
      roster.watch(({ teams }) => {
        setFromRoster(Object.fromEntries((teams ?? []).map((t) => [t.id, t.name])));
      }),
    [roster],
  );
  return { ...fromRoster, ...service.teamNames() };
}

/** How long a search must stay on screen, unchanged, to count as one the officer ran. */
export const SEARCH_SETTLED_MS = 1500;

/**
 * Records each search the officer runs (s.62: a search of personal data is a consultation). A
 * search counts once it has stayed on screen for SEARCH_SETTLED_MS, or when the officer leaves
 * the screen (opens a result) before that; each keystroke on the way is not a search.
 */
export function useSearchAudit(
  text: string,
  filters: Readonly<Record<string, readonly string[]>>,
  results: number | null,
): void {
  const { consultations } = useWorkspace();
  const pending = useRef<SearchRun | null>(null);
  useEffect(() => {
    if (results === null) return;
    const run = { text, filters, results };
    pending.current = run;
    const timer = setTimeout(() => {
      pending.current = null;
      consultations.recordSearch(run);
    }, SEARCH_SETTLED_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [consultations, text, filters, results]);
  useEffect(
    () => () => {
      if (pending.current !== null) consultations.recordSearch(pending.current);
      pending.current = null;
    },
    [consultations],
  );
}
