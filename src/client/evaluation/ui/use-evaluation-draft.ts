// The evaluation being edited: the officer's draft (never replaced by a sync arriving while they
// type), messages beside invalid fields, and the autosave, as the OSARA sections do it
// (use-section-draft.ts). Only the valid part of the draft is saved, so a mistyped count never
// stops the rest from being kept.
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  evaluationFieldsSchema,
  type Evaluation,
  type EvaluationFields,
} from '#domain/good-practice/evaluations';
import type { EvaluationsRepository } from '#client/good-practice/contract';
import { getAt, pathKey, setAt, type Path } from '#client/osara/ui/paths';
import { checkSection } from '#client/osara/ui/section-value';
import { useT } from '#client/i18n/index';
import { issueTexts } from '#client/i18n/validation';
import { useAutosave } from '#client/osara/ui/use-autosave';
import type { SectionDraft } from '#client/osara/ui/use-section-draft';

const draftSchema = evaluationFieldsSchema.omit({ problemId: true });
type DraftFields = Omit<EvaluationFields, 'problemId'>;

const FIELDS = Object.keys(draftSchema.shape);

/** The evaluation's own fields, without the envelope and the problem id. */
function fieldsOf(stored: Evaluation | undefined): Record<string, unknown> {
  if (stored === undefined) return {};
  const values = stored as Record<string, unknown>;
  return Object.fromEntries(FIELDS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
}

export interface EvaluationDraft extends SectionDraft {
  /** The valid part of the draft, for the live measures. */
  valid: DraftFields;
}

export function useEvaluationDraft(
  repository: EvaluationsRepository,
  problemId: string,
  stored: Evaluation | undefined,
): EvaluationDraft {
  const [draft, setDraft] = useState<unknown>(() => fieldsOf(stored));
  const latest = useRef<unknown>(draft);
  const save = useAutosave<DraftFields>(
    useCallback((value: DraftFields) => repository.save(problemId, value), [repository, problemId]),
  );
  const { schedule } = save;
  const checked = useMemo(() => checkSection(draftSchema, draft), [draft]);
  // The schema's messages, worded in the language in use (src/client/i18n/validation.ts).
  const t = useT();
  const messages = useMemo(() => issueTexts(t, checked.messages), [t, checked.messages]);

  const set = useCallback(
    (path: Path, value: unknown) => {
      const next = setAt(latest.current, path, value);
      latest.current = next;
      setDraft(next);
      const { saveable } = checkSection(draftSchema, next);
      if (saveable !== null) schedule(saveable);
    },
    [schedule],
  );

  return {
    get: (path) => getAt(draft, path),
    set,
    message: (path) => messages[pathKey(path)],
    messages,
    save: save as SectionDraft['save'],
    valid: checked.saveable ?? {},
  };
}
