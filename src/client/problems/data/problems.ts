// ProblemsRepository (src/client/app/contract.ts) over the per-user database, written through the
// same plan (record-writes.ts) and commit (write.ts) path as every other collection.
import type { Problem } from '#domain/records';
import type { Me } from '#domain/session';
import type { ProblemsRepository } from '#client/app/contract';
import { getProblem, listProblems, watchQuery } from '#client/platform/db/live';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { commitLocalWrite } from '#client/platform/db/write';

export interface ProblemsRepositoryOptions {
  /** Called after each committed local write (the sync runner schedules a push). */
  onWrite?: () => void;
  now?: () => Date;
}

export function createProblemsRepository(
  db: BeatbookDb,
  me: Me,
  options: ProblemsRepositoryOptions = {},
): ProblemsRepository {
  const now = options.now ?? (() => new Date());
  const written = (): void => options.onWrite?.();

  return {
    watchList(teamIds, onChange) {
      return watchQuery(() => listProblems(db, teamIds), onChange);
    },

    watch(id, onChange) {
      return watchQuery(() => getProblem(db, id), onChange);
    },

    async create(input) {
      // The validation rules load on the first write, not with the first screen (rules.ts).
      const rules = await loadRecordRules();
      // Validated before the transaction too, so a bad form never opens one.
      const fields = rules.checkedFields('problems', input);
      const planned = rules.planCreate('problems', fields, me.id, now().toISOString());
      // The force database assigns the human reference on first sync.
      const record: Problem = { ...planned.record, reference: null };
      await commitLocalWrite(db, 'problems', record.id, () => ({ record, mutation: planned.mutation }));
      written();
      return record;
    },

    async update(id, input) {
      // Loaded before the transaction: the plan below runs inside it and must not await.
      const rules = await loadRecordRules();
      // The same plan as every collection (record-writes.ts planEdit): the given fields fill in
      // from the view (what the officer sees), the diff is against the base, and while a refused
      // change is held only the fields given here go out again.
      const { record, written: changed } = await commitLocalWrite(db, 'problems', id, (current, base) => {
        if (current === undefined || current.deleted || base === undefined) {
          throw new Error(`Problem ${id} is not on this device`);
        }
        return rules.planEdit('problems', current, base, input, me.id, now().toISOString());
      });
      if (record === undefined) throw new Error(`Problem ${id} is not on this device`);
      if (changed) written();
      return record;
    },
  };
}
