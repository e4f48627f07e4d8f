// Workspace.search without the index code in the first download: this file is all the workspace
// imports; the engine, the documents and the live query load the first time a screen subscribes.
import type { Me } from '#domain/session';
import type { BeatbookDb } from '#client/platform/db/schema';
import type { SearchIndexStatus, SearchService } from '#client/search/contract';
import type { LiveIndex } from './live-index';

const NOT_READY: SearchIndexStatus = { ready: false, documents: 0, error: null, revision: 0 };

export function createSearchService(db: BeatbookDb, me: Me): SearchService {
  let index: LiveIndex | null = null;
  let loading: Promise<void> | null = null;
  let loadError: string | null = null;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) listener();
  };

  function load(): void {
    loading ??= import('./live-index')
      .then((m) => {
        index = m.openLiveIndex(db, me, notify);
        if (listeners.size > 0) index.start();
      })
      .catch(() => {
        loadError = 'Search could not be loaded on this device. Reload the app while you have signal.';
        loading = null;
      })
      .finally(notify);
  }

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      load();
      index?.start();
      return () => {
        listeners.delete(onChange);
        // Nobody is looking: stop following the records, keep the index for the next visit.
        if (listeners.size === 0) index?.stop();
      };
    },
    status: () => index?.status() ?? { ...NOT_READY, error: loadError },
    search: (query) => index?.search(query) ?? null,
    similar: (input, limit) => index?.similar(input, limit) ?? null,
    teamNames: () => Object.fromEntries(me.teams.map((t) => [t.id, t.name])),
  };
}
