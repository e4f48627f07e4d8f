// ActionsRepository and ReviewsRepository (src/client/app/contract.ts): the problem's response actions
// and its supervisor reviews, written through the one write path like problems.
import type { Action, Review } from '#domain/osara/index';
import type { Me } from '#domain/session';
import { NotAllowedError } from '#client/app/contract';
import { type ActionsRepository, type ReviewsRepository, type TeamScope } from '#client/osara/contract';
import { sendBase } from '#client/attention/data/attention';
import { watchQuery } from '#client/platform/db/live';
import { withQuotaCheck } from '#client/platform/db/quota';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { keepServerCopy } from '#client/platform/db/server-copy';
import { commitLocalWrite } from '#client/platform/db/write';

export interface OsaraRepositoryOptions {
  onWrite?: () => void;
  now?: () => Date;
}

const byCreation = <T extends { createdAt: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

/** Records of the problems of these teams (children carry no team of their own on the device). */
async function ofTeams<T extends { deleted: boolean }>(
  db: BeatbookDb,
  table: 'actions' | 'reviews',
  teamIds: TeamScope,
): Promise<T[]> {
  const rows = (
    teamIds === 'all'
      ? await db[table].toArray()
      : await db[table]
          .where('problemId')
          .anyOf(await db.problems.where('teamId').anyOf([...teamIds]).primaryKeys())
          .toArray()
  ) as unknown as T[];
  return rows.filter((r) => !r.deleted);
}

export function createActionsRepository(
  db: BeatbookDb,
  me: Me,
  options: OsaraRepositoryOptions = {},
): ActionsRepository {
  const now = options.now ?? (() => new Date());
  return {
    watchByProblem(problemId, onChange) {
      const query = () =>
        db.actions
          .where('problemId')
          .equals(problemId)
          .filter((a) => !a.deleted)
          .toArray()
          .then(byCreation);
      return watchQuery(query, onChange);
    },
    watchByTeams(teamIds, onChange) {
      return watchQuery(() => ofTeams<Action>(db, 'actions', teamIds).then(byCreation), onChange);
    },
    async create(input) {
      // Validation loads on the first write, not with the first screen (rules.ts).
      const { checkedFields, planCreate } = await loadRecordRules();
      const fields = checkedFields('actions', input);
      const planned = planCreate('actions', fields, me.id, now().toISOString());
      await commitLocalWrite(db, 'actions', planned.record.id, () => planned);
      options.onWrite?.();
      return planned.record;
    },
    async update(id, input) {
      // Loaded before the transaction: the plan below runs inside it and must not await.
      const { planEdit } = await loadRecordRules();
      const { record, written } = await commitLocalWrite(
        db,
        'actions',
        id,
        (current: Action | undefined, base) => {
          if (current === undefined || current.deleted || base === undefined)
            throw new Error(`Action ${id} is not on this device`);
          return planEdit('actions', current, base, input, me.id, now().toISOString());
        },
      );
      if (record === undefined) throw new Error(`Action ${id} is not on this device`);
      if (written) options.onWrite?.();
      return record;
    },
  };
}

export function createReviewsRepository(
  db: BeatbookDb,
  me: Me,
  options: OsaraRepositoryOptions = {},
): ReviewsRepository {
  const now = options.now ?? (() => new Date());
  const signer = { role: me.role, teamIds: me.teams.map((t) => t.id) };
  return {
    watchByProblem(problemId, onChange) {
      const query = () =>
        db.reviews
          .where('problemId')
          .equals(problemId)
          .filter((r) => !r.deleted)
          .toArray()
          .then(byCreation);
      return watchQuery(query, onChange);
    },
    watchByTeams(teamIds, onChange) {
      return watchQuery(() => ofTeams<Review>(db, 'reviews', teamIds).then(byCreation), onChange);
    },
    async create(input) {
      const { canSignOff, checkedFields, planCreate } = await loadRecordRules();
      const at = now().toISOString();
      // The force database re-stamps reviewedAt with its own clock when the review arrives.
      const fields = checkedFields('reviews', { ...input, reviewer: me.id, reviewedAt: at });
      const problem = await db.problems.get(fields.problemId);
      if (problem === undefined || problem.deleted)
        throw new Error(`Problem ${fields.problemId} is not on this device`);
      if (!canSignOff(signer, problem)) throw new NotAllowedError('sign_off_not_allowed');
      const planned = planCreate('reviews', fields, me.id, at);
      const nextReviewDate = fields.nextReviewDate;
      if (nextReviewDate === undefined || !signer.teamIds.includes(problem.teamId)) {
        await commitLocalWrite(db, 'reviews', planned.record.id, () => planned);
      } else {
        // The review's next review date becomes the problem's, as an ordinary field edit of the
        // problem, in the same transaction as the review (so neither is queued without the
        // other): it syncs and merges like any edit, and the supervisor view sorts by it. This
        // mirrors write.ts's commitLocalWrite for two records; rules are loaded above.
        const { collections, planEdit } = await loadRecordRules();
        const tables = [db.reviews, db.problems, db.outbox, db.needsAttention, db.serverRecords];
        await withQuotaCheck(() =>
          db.transaction('rw', tables, async () => {
            await db.reviews.put(planned.record);
            await db.outbox.add(planned.mutation);
            const current = await db.problems.get(problem.id);
            if (current === undefined || current.deleted) return;
            const refused = await db.needsAttention.where('recordId').equals(current.id).count();
            const base = refused > 0 ? await sendBase(db, collections, 'problems', current) : current;
            const edit = planEdit('problems', current, base, { nextReviewDate }, me.id, at);
            if (edit === null) return;
            await keepServerCopy(db, 'problems', current);
            await db.problems.put(edit.record);
            await db.outbox.add(edit.mutation);
          }),
        );
      }
      options.onWrite?.();
      return planned.record;
    },
  };
}
