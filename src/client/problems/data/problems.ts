// ProblemsRepository (src/client/app/contract.ts) over the per-user database.
import { uuidv7 } from '#domain/ids';
import { diffFields } from '#domain/merge';
import type { Problem, ProblemFields } from '#domain/records';
import type { Me } from '#domain/session';
import type { Mutation } from '#domain/sync';
import type { ProblemsRepository } from '#client/app/contract';
import { getProblem, listProblems, watchQuery } from '#client/platform/db/live';
import { loadRecordRules, type Rules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { commitLocalWrite } from '#client/platform/db/write';

function fieldsOf(rules: Rules, problem: Problem): ProblemFields {
  const fields: Record<string, unknown> = {};
  for (const name of Object.keys(rules.collections.problems.fields.shape) as (keyof ProblemFields)[]) {
    fields[name] = problem[name];
  }
  return fields as ProblemFields;
}

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
      const id = uuidv7();
      const at = now().toISOString();
      const record: Problem = {
        id,
        version: null,
        createdAt: at,
        createdBy: me.id,
        updatedAt: at,
        updatedBy: me.id,
        deleted: false,
        ...fields,
        reference: null,
      };
      const mutation: Mutation = {
        id: uuidv7(),
        collection: 'problems',
        recordId: id,
        op: 'put',
        changes: diffFields({}, fields),
        baseVersion: null,
        at,
      };
      await commitLocalWrite(db, 'problems', id, () => ({ record, mutation }));
      written();
      return record;
    },

    async update(id, input) {
      // Loaded before the transaction: the plan below runs inside it and must not await.
      const rules = await loadRecordRules();
      const { record, written: changed } = await commitLocalWrite(db, 'problems', id, (current, base) => {
        if (current === undefined || current.deleted || base === undefined) {
          throw new Error(`Problem ${id} is not on this device`);
        }
        // Given fields fill in from the view (what the officer sees); the diff is against the
        // base, which differs from the view only while a refused change is held.
        const shown = fieldsOf(rules, current);
        const before = fieldsOf(rules, base);
        // Screens built from optional form state may pass `undefined` for "not touched".
        const raw: Record<string, unknown> = input;
        const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const after = rules.checkedFields('problems', { ...shown, ...defined });
        // While a refused change is held, only the fields given here go out again: a form
        // saves every field (so "Fix and resend" resends the refused ones), but an edit of one
        // field must not quietly resend a refused change the officer has not looked at.
        const given = Object.keys(defined) as (keyof ProblemFields)[];
        const target =
          base === current ? after : { ...before, ...Object.fromEntries(given.map((k) => [k, after[k]])) };
        const changes = diffFields(before, target);
        if (Object.keys(changes).length === 0) return null;
        const at = now().toISOString();
        return {
          record: { ...current, ...after, updatedAt: at, updatedBy: me.id },
          mutation: {
            id: uuidv7(),
            collection: 'problems',
            recordId: id,
            op: 'put',
            changes,
            // The server version this view was built on. Pending edits do not change `version`
            // (rebase only lays fields on top), so this is the last server copy's version; for
            // a refused new record being resent it is null, so it goes out as a creation.
            baseVersion: base.version,
            at,
          },
        };
      });
      if (record === undefined) throw new Error(`Problem ${id} is not on this device`);
      if (changed) written();
      return record;
    },
  };
}
