// EvaluationsRepository (src/client/good-practice/contract.ts): one evaluation per problem, written
// through the one write path. Its id is the problem's id, so an evaluation started on two devices
// offline is one record on the force database and the field-level merge keeps both officers' work.
import { uuidv7 } from '#domain/ids';
import { diffFields } from '#domain/merge';
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Me } from '#domain/session';
import type { EvaluationsRepository } from '#client/good-practice/contract';
import { watchQuery } from '#client/platform/db/live';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { commitLocalWrite } from '#client/platform/db/write';

export interface EvaluationsOptions {
  onWrite?: () => void;
  now?: () => Date;
}

export function createEvaluationsRepository(
  db: BeatbookDb,
  me: Me,
  options: EvaluationsOptions = {},
): EvaluationsRepository {
  const now = options.now ?? (() => new Date());
  return {
    watch(problemId, onChange) {
      return watchQuery(
        () => db.evaluations.get(problemId).then((e) => (e?.deleted === true ? undefined : e)),
        onChange,
      );
    },
    async save(problemId, changes) {
      const { checkedFields, planEdit } = await loadRecordRules();
      const at = now().toISOString();
      const { record } = await commitLocalWrite(
        db,
        'evaluations',
        problemId,
        (current: Evaluation | undefined, base) => {
          if (current !== undefined && base !== undefined)
            return planEdit('evaluations', current, base, changes, me.id, at);
          const fields = checkedFields('evaluations', { ...changes, problemId });
          const record: Evaluation = {
            id: problemId,
            version: null,
            createdAt: at,
            createdBy: me.id,
            updatedAt: at,
            updatedBy: me.id,
            deleted: false,
            ...fields,
          };
          const mutation = {
            id: uuidv7(),
            collection: 'evaluations' as const,
            recordId: problemId,
            op: 'put' as const,
            changes: diffFields({}, fields),
            baseVersion: null,
            at,
          };
          return { record, mutation };
        },
      );
      if (record === undefined) throw new Error(`Evaluation ${problemId} was not saved`);
      options.onWrite?.();
      return record;
    },
  };
}
