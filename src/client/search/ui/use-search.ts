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
