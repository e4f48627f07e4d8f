// The good-practice part of the data-layer contract : a problem's
// evaluation, nominations, the prevention lead's decisions, the published library, and the two
// exports. Reads are live from this device (the library works offline); the exports need signal.
import type { Evaluation, EvaluationFields } from '#domain/good-practice/evaluations';
import type { Nomination } from '#domain/good-practice/nominations';
import type { Published } from '#domain/good-practice/published';
import type { GoodPracticeState } from '#domain/good-practice/queue';
import type { RedactionDecision } from '#domain/good-practice/redaction-decision';
import type { Action, Review } from '#domain/osara/index';
import type { Problem } from '#domain/records';

type Unsubscribe = () => void;

/** Why a good-practice step was refused here: screens word it as `goodPractice.refused.<reason>`. */
export const goodPracticeRefusals = {
  not_own_team: 'Only the team that owns this problem can nominate it.',
  not_closed: 'Close the problem before nominating it as good practice.',
  not_prevention_lead: 'Only a prevention lead can publish good practice or return a nomination.',
  not_on_device: 'This problem is not on this device yet. Sync, then try again.',
  publish_not_closed: 'Only a closed problem can be published as good practice.',
} as const;
export type GoodPracticeRefusal = keyof typeof goodPracticeRefusals;

/**
 * A good-practice step this user may not take here. `reason` is a stable code the screens word in
 * the language in use; `message` is the English, for logs and tests.
 */
export class GoodPracticeRefusedError extends Error {
  constructor(readonly reason: GoodPracticeRefusal) {
    super(goodPracticeRefusals[reason]);
    this.name = 'GoodPracticeRefusedError';
  }
}

export interface EvaluationsRepository {
  /** The problem's evaluation on this device, or undefined before anyone starts it. */
  watch(problemId: string, onChange: (evaluation: Evaluation | undefined) => void): Unsubscribe;
  /**
   * Saves the given fields, starting the evaluation if there is none (its id is the problem's,
   * so two officers who start it offline edit one record). Throws ValidationError, StorageFullError.
   */
  save(problemId: string, changes: Partial<Omit<EvaluationFields, 'problemId'>>): Promise<Evaluation>;
}

/** What a published copy is made from: the problem, its actions and its evaluation. */
export interface PublishableSource {
  problem: Problem;
  actions: Action[];
  evaluation: Evaluation | undefined;
}

/** A nomination waiting for a prevention lead, with what the completeness check reads. */
export interface NominationItem {
  nomination: Nomination;
  problem: Problem;
  actions: Action[];
  evaluation: Evaluation | undefined;
}

export interface GoodPracticeRepository {
  /** Every published copy on this device, newest first. */
  watchPublished(onChange: (copies: Published[]) => void): Unsubscribe;
  watchPublishedCopy(id: string, onChange: (copy: Published | undefined) => void): Unsubscribe;
  /** Where the problem stands: not nominated, waiting, published or returned (with feedback). */
  watchState(problemId: string, onChange: (state: GoodPracticeState) => void): Unsubscribe;
  /** Nominations waiting for a decision, oldest first (a prevention lead's queue). */
  watchQueue(onChange: (items: NominationItem[]) => void): Unsubscribe;
  /**
   * Nominates a closed problem of the user's team. Throws GoodPracticeRefusedError when the
   * problem is not closed or not the team's; ValidationError; StorageFullError.
   */
  nominate(problemId: string, reason: string): Promise<Nomination>;
  /**
   * What a published copy of this problem is made from, as this device holds it (a prevention
   * lead's redaction review reads it); undefined until the problem is on the device.
   */
  watchPublishable(problemId: string, onChange: (source: PublishableSource | undefined) => void): Unsubscribe;
  /**
   * A prevention lead's decision: publish (comments are the library's summary, `redactions` the
   * review of every span the detector found), return (comments are the feedback) or withdraw a
   * published copy (comments say why). Throws GoodPracticeRefusedError for anyone else;
   * ValidationError (no summary, feedback or reason); StorageFullError.
   */
  decide(
    problemId: string,
    decision: 'publish' | 'return' | 'withdraw',
    comments: string,
    redactions?: readonly RedactionDecision[],
  ): Promise<Review>;
  /** Downloads the analysts' CSV (needs signal; audited by the force database). Throws ApiError. */
  exportProblemsCsv(): Promise<Blob>;
  /** Tells the force database a case study is being printed (a disclosure). Throws ApiError. */
  recordCaseStudyPrint(publishedId: string): Promise<void>;
}
