// ProblemsRepository (src/client/services.ts) over the per-user database.
import { uuidv7 } from '#domain/ids';
import { diffFields } from '#domain/merge';
import { problemFieldsSchema, validateFields, type Problem, type ProblemFields } from '#domain/records';
import type { Me } from '#domain/session';
import type { Mutation } from '#domain/sync';
import { ValidationError, type ProblemsRepository } from '../services';
import { getProblem, listProblems, watchQuery } from './live';
import type { BeatbookDb } from './schema';
import { commitLocalWrite } from './write';

const FIELD_NAMES = Object.keys(problemFieldsSchema.shape) as (keyof ProblemFields)[];

function fieldsOf(problem: Problem): ProblemFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) fields[name] = problem[name];
  return fields as ProblemFields;
}

function checked(fields: unknown): ProblemFields {
  const result = validateFields('problems', fields);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
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
      // Validated before the transaction too, so a bad form never opens one.
      const fields = checked(input);
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
      const { record, written: changed } = await commitLocalWrite(db, 'problems', id, (current) => {
        if (current === undefined || current.deleted) throw new Error(`Problem ${id} is not on this device`);
        const before = fieldsOf(current);
        // Screens built from optional form state may pass `undefined` for "not touched".
        const given: Record<string, unknown> = input;
        const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
        const after = checked({ ...before, ...defined });
        const changes = diffFields(before, after);
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
            // (rebase only lays fields on top), so this is the last server copy's version.
            baseVersion: current.version,
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
