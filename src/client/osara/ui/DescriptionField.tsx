import { useCallback, useState } from 'react';
import { useWorkspace } from '#client/app/store';
import { saveFields, type OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

/** The problem's own description (a header field), edited and saved as it is typed. */
export function DescriptionField({ problem }: { problem: OsaraRecord }) {
  const { problems } = useWorkspace();
  const id = problem.id;
  const [text, setText] = useState(problem.description);
  const save = useAutosave<string>(
    useCallback((description: string) => saveFields(problems, id, { description }), [problems, id]),
  );
  const tooLong = text.length > 20000;
  return (
    <div className={tooLong ? 'field field--error' : 'field'}>
      <label htmlFor="osara-description">Description of the problem</label>
      <p className="field-hint" id="osara-description-hint">
        What happens, where and when, and who it affects. Describe behaviour, not named people.
      </p>
      {tooLong && (
        <p className="field-error" id="osara-description-error">
          The description is too long: keep it under 20,000 characters.
        </p>
      )}
      <textarea
        id="osara-description"
        rows={5}
        aria-describedby={
          tooLong ? 'osara-description-hint osara-description-error' : 'osara-description-hint'
        }
        aria-invalid={tooLong ? true : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.length <= 20000) save.schedule(event.target.value);
        }}
        onBlur={save.flush}
      />
      <SaveStatus save={save} />
    </div>
  );
}
