// A problem's actions and reviews, live from this device. A workspace without the repositories
// (older test fakes) gives empty lists, so the task list and gates still work on the sections.
import { useEffect, useState } from 'react';
import type { Action, Review } from '#domain/osara/index';
import type { Unsubscribe, Workspace } from '#client/app/contract';

interface ByProblem<T> {
  watchByProblem(problemId: string, onChange: (items: T[]) => void): Unsubscribe;
}

function useByProblem<T>(repository: ByProblem<T> | undefined, problemId: string): readonly T[] | undefined {
  const [state, setState] = useState<{ id: string; items: readonly T[] } | null>(null);
  useEffect(() => {
    if (repository === undefined) return undefined;
    return repository.watchByProblem(problemId, (items) => {
      setState({ id: problemId, items });
    });
  }, [repository, problemId]);
  if (repository === undefined) return [];
  // A result for a previous problem must not show under the new address.
  return state?.id === problemId ? state.items : undefined;
}

export function useProblemActions(workspace: Workspace, problemId: string): readonly Action[] | undefined {
  return useByProblem(workspace.actions, problemId);
}

export function useProblemReviews(workspace: Workspace, problemId: string): readonly Review[] | undefined {
  return useByProblem(workspace.reviews, problemId);
}
