// GoodPracticeRepository (src/client/good-practice/contract.ts): nominations, a prevention lead's
// decisions (reviews of kind good_practice) and the published library, all from this device, so
// the library reads offline; the two exports go to the force database through src/client/api.
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Published } from '#domain/good-practice/published';
import { goodPracticeState } from '#domain/good-practice/queue';
import type { Me } from '#domain/session';
import type { ApiClient } from '#client/platform/api/client';
import { downloadProblemsCsv, recordCaseStudyPrint } from './exports-api';
import {
  GoodPracticeRefusedError,
  type GoodPracticeRepository,
  type NominationItem,
  type PublishableSource,
} from '#client/good-practice/contract';
import { watchQuery } from '#client/platform/db/live';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { commitLocalWrite } from '#client/platform/db/write';

export interface GoodPracticeOptions {
  onWrite?: () => void;
  now?: () => Date;
}

const newestFirst = (a: Published, b: Published) => b.updatedAt.localeCompare(a.updatedAt);

/** A problem's live actions and evaluation, as the copy reads them. */
async function childrenOf(db: BeatbookDb, problemId: string): Promise<Omit<PublishableSource, 'problem'>> {
  const actions = (await db.actions.where('problemId').equals(problemId).toArray()).filter((a) => !a.deleted);
  const evaluation: Evaluation | undefined = await db.evaluations.get(problemId);
  return { actions, evaluation: evaluation?.deleted === true ? undefined : evaluation };
}

async function queue(db: BeatbookDb): Promise<NominationItem[]> {
  const nominations = (await db.nominations.toArray()).filter((n) => !n.deleted);
  const problemIds = [...new Set(nominations.map((n) => n.problemId))];
  const reviews = (await db.reviews.where('problemId').anyOf(problemIds).toArray()).filter((r) => !r.deleted);
  const items: NominationItem[] = [];
  for (const problemId of problemIds) {
    const state = goodPracticeState(problemId, nominations, reviews);
    if (state.state !== 'waiting') continue;
    const problem = await db.problems.get(problemId);
    if (problem === undefined || problem.deleted) continue;
    const nomination = nominations.find((n) => n.id === state.nomination.id);
    if (nomination === undefined) continue;
    items.push({ nomination, problem, ...(await childrenOf(db, problemId)) });
  }
  return items.sort((a, b) => a.nomination.createdAt.localeCompare(b.nomination.createdAt));
}

export function createGoodPracticeRepository(
  db: BeatbookDb,
  me: Me,
  api: ApiClient,
  options: GoodPracticeOptions = {},
): GoodPracticeRepository {
  const now = options.now ?? (() => new Date());
  const teamIds = new Set(me.teams.map((t) => t.id));
  return {
    watchPublished(onChange) {
      return watchQuery(
        () => db.published.toArray().then((rows) => rows.filter((r) => !r.deleted).sort(newestFirst)),
        onChange,
      );
    },
    watchPublishedCopy(id, onChange) {
      return watchQuery(
        () => db.published.get(id).then((c) => (c?.deleted === true ? undefined : c)),
        onChange,
      );
    },
    watchState(problemId, onChange) {
      return watchQuery(async () => {
        const nominations = await db.nominations.where('problemId').equals(problemId).toArray();
        const reviews = await db.reviews.where('problemId').equals(problemId).toArray();
        return goodPracticeState(problemId, nominations, reviews);
      }, onChange);
    },
    watchQueue(onChange) {
      return watchQuery(() => queue(db), onChange);
    },
    async nominate(problemId, reason) {
      const { checkedFields, planCreate } = await loadRecordRules();
      const problem = await db.problems.get(problemId);
      if (problem === undefined || problem.deleted || !teamIds.has(problem.teamId))
        throw new GoodPracticeRefusedError('not_own_team');
      if (problem.status !== 'closed')
        throw new GoodPracticeRefusedError('not_closed');
      const trimmed = reason.trim();
      const fields = checkedFields('nominations', {
        problemId,
        ...(trimmed === '' ? {} : { reason: trimmed }),
      });
      const planned = planCreate('nominations', fields, me.id, now().toISOString());
      await commitLocalWrite(db, 'nominations', planned.record.id, () => planned);
      options.onWrite?.();
      return planned.record;
    },
    watchPublishable(problemId, onChange) {
      return watchQuery(async () => {
        const problem = await db.problems.get(problemId);
        if (problem === undefined || problem.deleted) return undefined;
        return { problem, ...(await childrenOf(db, problemId)) };
      }, onChange);
    },
    async decide(problemId, decision, comments, redactions) {
      const { checkedFields, planCreate } = await loadRecordRules();
      if (me.role !== 'prevention_lead')
        throw new GoodPracticeRefusedError('not_prevention_lead');
      const problem = await db.problems.get(problemId);
      if (problem === undefined || problem.deleted)
        throw new GoodPracticeRefusedError('not_on_device');
      if (decision === 'publish' && problem.status !== 'closed')
        throw new GoodPracticeRefusedError('publish_not_closed');
      const at = now().toISOString();
      const fields = checkedFields('reviews', {
        problemId,
        kind: 'good_practice',
        decision,
        comments,
        reviewer: me.id,
        reviewedAt: at,
        ...(decision === 'publish' ? { redactions: [...(redactions ?? [])] } : {}),
      });
      const planned = planCreate('reviews', fields, me.id, at);
      await commitLocalWrite(db, 'reviews', planned.record.id, () => planned);
      options.onWrite?.();
      return planned.record;
    },
    exportProblemsCsv() {
      return downloadProblemsCsv(api);
    },
    recordCaseStudyPrint(publishedId) {
      return recordCaseStudyPrint(api, publishedId);
    },
  };
}
