// The problem's actions and reviews, live. Until the workspace carries the actions and reviews
// repositories these are empty lists, so the task list and gates still work on the sections.
import type { ActionLike, ReviewLike } from '#domain/osara/index';
import type { Workspace } from '../contract';

export function useProblemActions(
  _workspace: Workspace,
  _problemId: string,
): readonly ActionLike[] | undefined {
  return [];
}

export function useProblemReviews(
  _workspace: Workspace,
  _problemId: string,
): readonly ReviewLike[] | undefined {
  return [];
}
