// One OSARA section being edited: the officer's draft (kept on screen, never replaced by a sync
// that arrives while they type), the messages beside invalid fields, and the autosave.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { ProblemFields } from '#domain/records';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { issueTexts } from '#client/i18n/validation';
import { saveFields, type OsaraRecord, type SectionField } from './osara-record';
import { getAt, pathKey, setAt, type Path } from './paths';
import { checkSection, type FieldMessages } from './section-value';
import { useAutosave, type Autosave } from './use-autosave';

export interface SectionDraft {
  /** The value at `path` in the draft. */
  get: (path: Path) => unknown;
  /** Change one field; `undefined` clears it. Saves after a pause. */
  set: (path: Path, value: unknown) => void;
  /** The message to show beside the field at `path`, if it is not valid. */
  message: (path: Path) => string | undefined;
  messages: FieldMessages;
  save: Autosave<unknown>;
}

type Stamp = (value: Record<string, unknown>, stored: unknown) => Record<string, unknown>;

/** For a section with parts it cannot save yet (Governance's half-filled person rows). */
export interface LocalKeep {
  /** The draft to start from, given the stored section: the stored one plus what this device kept. */
  restore: (stored: unknown) => unknown;
  /** Called with every new draft, to keep on this device what the section cannot save yet. */
  keep: (draft: unknown) => void;
}

/**
 * `stamp` adds what the app records on save (the assessment's `updatedAt`, the objective's
 * `statedAt`). The draft starts from the stored section once: later syncs show up next time the
 * section opens, and never overwrite what the officer is typing. `local`, if given, restores and
 * keeps the parts of the draft that are not valid enough to save.
 */
export function useSectionDraft<S extends SectionField>(
  problem: OsaraRecord,
  section: S,
  schema: z.ZodType<NonNullable<ProblemFields[S]>>,
  stamp?: Stamp,
  local?: LocalKeep,
): SectionDraft {
  const { problems } = useWorkspace();
  const stored: unknown = problem[section];
  const [draft, setDraft] = useState<unknown>(
    () => (local === undefined ? stored : local.restore(stored)) ?? {},
  );
  // The latest draft, so two changes in one event (e.g. a checkbox group) both count.
  const latest = useRef<unknown>(draft);
  const id = problem.id;

  const save = useAutosave<unknown>(
    useCallback(
      (value: unknown) => {
        return saveFields(problems, id, { [section]: value });
      },
      [problems, id, section],
    ),
  );

  const { schedule } = save;
  const checked = useMemo(() => checkSection(schema, draft), [schema, draft]);
  // The schema's messages, worded in the language in use (src/client/i18n/validation.ts).
  const t = useT();
  const messages = useMemo(() => issueTexts(t, checked.messages), [t, checked.messages]);

  const set = useCallback(
    (path: Path, value: unknown) => {
      const next = setAt(latest.current, path, value);
      latest.current = next;
      setDraft(next);
      local?.keep(next);
      const { saveable } = checkSection(schema, next);
      if (saveable === null) return;
      const base = saveable as Record<string, unknown>;
      schedule(stamp === undefined ? base : stamp(base, stored));
    },
    [schema, schedule, stamp, stored, local],
  );

  return {
    get: (path) => getAt(draft, path),
    set,
    message: (path) => messages[pathKey(path)],
    messages,
    save,
  };
}
