// The OSARA part of the data-layer contract : a problem's response
// actions and its supervisor reviews. Errors they throw are in app/contract.ts.
import type { Action, ActionFields, Review, ReviewFields } from '#domain/osara/index';

type Unsubscribe = () => void;

/**
 * Whose records a list reads: these teams', or 'all' on the device (a role that reads problems
 * force-wide, the prevention lead, holds every team's and belongs to none).
 */
export type TeamScope = readonly string[] | 'all';

/** The Response plan: a problem's actions, each its own synced record. */
export interface ActionsRepository {
  /** Live actions of one problem (not deleted), oldest first. */
  watchByProblem(problemId: string, onChange: (actions: Action[]) => void): Unsubscribe;
  /** Live actions of every problem of these teams (for the supervisor overview), oldest first. */
  watchByTeams(teamIds: TeamScope, onChange: (actions: Action[]) => void): Unsubscribe;
  /** Throws ValidationError, StorageFullError. */
  create(fields: ActionFields): Promise<Action>;
  /** Saves only the fields that differ. `problemId` cannot change. Throws ValidationError, StorageFullError. */
  update(id: string, changes: Partial<ActionFields>): Promise<Action>;
}

/** Supervisor reviews and sign-offs. Append-only: a changed mind is a new review. */
export interface ReviewsRepository {
  /** Live reviews of one problem, oldest first (the review history). */
  watchByProblem(problemId: string, onChange: (reviews: Review[]) => void): Unsubscribe;
  /** Live reviews of every problem of these teams, oldest first. */
  watchByTeams(teamIds: TeamScope, onChange: (reviews: Review[]) => void): Unsubscribe;
  /**
   * Records a review in the signed-in user's name (`reviewer` and `reviewedAt` are filled in).
   * Throws NotAllowedError('sign_off_not_allowed') unless they supervise the problem's team;
   * ValidationError (e.g. no comments when asking for changes); StorageFullError.
   */
  create(fields: Omit<ReviewFields, 'reviewer' | 'reviewedAt'>): Promise<Review>;
}
