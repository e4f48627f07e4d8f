// Building a problem's published copy on the force database: from its own stored
// records, through the same allow-list and the same detector the prevention lead's device used,
// with the lead's decisions applied. A publish is refused while anything the detector finds in
// the final copy was neither removed nor kept, and for a problem nobody nominated.
import type { Kysely } from 'kysely';
import { evaluationFieldsSchema, type EvaluationFields } from '#domain/good-practice/evaluations';
import { draftCopy, type DraftCopy, type PublishableProblem } from '#domain/good-practice/publish';
import type { PublishedDecision } from '#domain/good-practice/published';
import { undecidedSpans } from '#domain/good-practice/redaction';
import { redactionDecisionsSchema, type RedactionDecision } from '#domain/good-practice/redaction-decision';
import { childrenOf } from '#server/platform/store/children';
import { childrenTyped, typed } from '#server/platform/store/typed-records';
import { findRecord, type StoredRecord } from '#server/platform/store/records';
import type { Tables } from '#server/platform/database/tables';
import type { Rejection } from '#server/sync/mutation-checks';

/** The evaluation, if it is in a shape the copy can read (a malformed one is left out). */
async function evaluationOf(trx: Kysely<Tables>, problemId: string): Promise<EvaluationFields | undefined> {
  const stored = await findRecord(trx, 'evaluations', problemId);
  // Pushes refuse an evaluation whose id is not its problem's; a row written before that rule,
  // under another problem's id, is not this problem's evaluation.
  if (stored === undefined || stored.deleted || stored.data.problemId !== problemId) return undefined;
  const parsed = evaluationFieldsSchema.safeParse(stored.data);
  return parsed.success ? parsed.data : undefined;
}

/** The review's decisions (the schema check in push already held them to the review schema). */
export function decisionsOf(review: Record<string, unknown>): RedactionDecision[] {
  const parsed = redactionDecisionsSchema.safeParse(review.redactions ?? []);
  return parsed.success ? parsed.data : [];
}

/** The copy as the force database would publish it now, with the review's decisions applied. */
export async function buildCopy(
  trx: Kysely<Tables>,
  problem: StoredRecord,
  review: Record<string, unknown>,
): Promise<DraftCopy> {
  const actions = (await childrenTyped(trx, 'actions', problem.id, problem.teamId)).map((a) => ({
    ...a.data,
    deleted: a.deleted,
  }));
  const source: PublishableProblem = {
    ...typed('problems', problem).data,
    id: problem.id,
    reference: problem.reference,
  };
  const summary = typeof review.comments === 'string' ? review.comments : '';
  return draftCopy(source, actions, await evaluationOf(trx, problem.id), summary, decisionsOf(review));
}

async function nominated(trx: Kysely<Tables>, problem: StoredRecord): Promise<boolean> {
  const nominations = await childrenOf(trx, 'nominations', problem.id, problem.teamId);
  return nominations.some((n) => !n.deleted);
}

/**
 * Step 2 for a publish decision, after the generic checks: null when it may be written. The copy
 * is rebuilt from the stored records here, so a device that reviewed a stale draft is refused
 * rather than publishing text nobody looked at.
 */
export async function checkPublishDecision(
  trx: Kysely<Tables>,
  review: Record<string, unknown>,
): Promise<Rejection | null> {
  const problemId = review.problemId;
  if (typeof problemId !== 'string') return null;
  const problem = await findRecord(trx, 'problems', problemId);
  // checkChild has already refused an unknown or deleted problem.
  if (problem === undefined || problem.deleted) return null;
  if (review.decision === 'withdraw') {
    const copy = await findRecord(trx, 'published', problemId);
    return copy === undefined || copy.deleted ? { code: 'nothing_to_withdraw' } : null;
  }
  if (review.decision !== 'publish') return null;
  if (!(await nominated(trx, problem))) return { code: 'publish_not_nominated' };
  const left = undecidedSpans((await buildCopy(trx, problem, review)).reviewed);
  if (left.length === 0) return null;
  return { code: 'personal_data_unreviewed', details: { undecided: left.slice(0, 200), count: left.length } };
}

/** What the detector finds undecided in a copy of the problem with these review fields. */
export async function undecidedIn(
  trx: Kysely<Tables>,
  review: Record<string, unknown>,
): Promise<ReturnType<typeof undecidedSpans>> {
  const problem =
    typeof review.problemId === 'string' ? await findRecord(trx, 'problems', review.problemId) : undefined;
  if (problem === undefined) return [];
  return undecidedSpans((await buildCopy(trx, problem, review)).reviewed);
}

/** What the copy may say about the review: removed fields and kinds, and the kept text. */
export function publishedDecisions(decisions: readonly RedactionDecision[]): PublishedDecision[] {
  return decisions.map((d) =>
    d.action === 'keep'
      ? { path: d.path, kind: d.kind, action: d.action, text: d.text }
      : { path: d.path, kind: d.kind, action: d.action },
  );
}
