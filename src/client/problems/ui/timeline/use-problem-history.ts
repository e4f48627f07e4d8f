// The problem's history for its timeline: the copy kept on this device (live, with this device's
// unsent edits and linked activities), refreshed from the force database when there is a signal.
import { useEffect, useState } from 'react';
import type { ProblemHistoryView } from '#client/team/contract';
import type { Workspace } from '#client/app/contract';
import { t } from '#client/i18n/index';

export type FetchState = 'idle' | 'fetching' | 'fetched' | 'failed';

export interface ProblemHistoryState {
  view: ProblemHistoryView | undefined;
  fetch: FetchState;
  /** Why the last fetch failed, in plain words. */
  failure: string | null;
}

export function useProblemHistory(
  workspace: Workspace,
  problemId: string,
  online: boolean,
): ProblemHistoryState {
  const repository = workspace.history;
  const [view, setView] = useState<{ id: string; view: ProblemHistoryView } | null>(null);
  const [fetch, setFetch] = useState<{ id: string; state: FetchState; failure: string | null } | null>(null);

  useEffect(() => {
    return repository.watch(problemId, (next) => {
      setView({ id: problemId, view: next });
    });
  }, [repository, problemId]);

  useEffect(() => {
    if (!online) return undefined;
    let live = true;
    repository.refresh(problemId).then(
      () => {
        if (live) setFetch({ id: problemId, state: 'fetched', failure: null });
      },
      (error: unknown) => {
        if (!live) return;
        setFetch({
          id: problemId,
          state: 'failed',
          failure: error instanceof Error ? error.message : t('problems.timeline.historyFailed'),
        });
      },
    );
    return () => {
      live = false;
    };
  }, [repository, problemId, online]);

  const current = fetch?.id === problemId ? fetch : null;
  return {
    view: view?.id === problemId ? view.view : undefined,
    // No answer yet for this problem: a fetch is under way when there is a signal.
    fetch: current?.state ?? (online ? 'fetching' : 'idle'),
    failure: current?.failure ?? null,
  };
}
