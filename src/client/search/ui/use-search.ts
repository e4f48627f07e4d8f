// The screens' view of Workspace.search: subscribe while mounted (the index follows the records
// only while someone is looking) and re-render when it changes.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Workspace } from '#client/app/contract';
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
