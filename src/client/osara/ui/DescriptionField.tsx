import { useCallback, useState } from 'react';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { saveFields, type OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

/** The problem's own description (a header field), edited and saved as it is typed. */
export function DescriptionField({ problem }: { problem: OsaraRecord }) {
  const t = useT();
  const { problems } = useWorkspace();
  const id = problem.id;
  const [text, setText] = useState(problem.description);
  const save = useAutosave<string>(
    useCallback((description: string) => saveFields(problems, id, { description }), [problems, id]),
  );
  const tooLong = text.length > 20000;
  return (
    <div className={tooLong ? 'field field--error' : 'field'}>
      <label htmlFor="osara-description">{t('osara.description.label')}</label>
      <p className="field-hint" id="osara-description-hint">
        {t('osara.description.hint')}
      </p>
      {tooLong && (
        <p className="field-error" id="osara-description-error">
          {t('osara.description.tooLong')}
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
