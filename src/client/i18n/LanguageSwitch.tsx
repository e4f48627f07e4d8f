import { useState } from 'react';
import { setLanguage, useLanguage, useT } from './index';
import { languages, type Language } from './languages';

/**
 * Cymraeg / English, on the sign-in screen and under Settings. Each name is written in its own
 * language (and marked so for screen readers). The change is immediate: no reload, so nothing an
 * officer has typed is lost.
 */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  const [failed, setFailed] = useState(false);
  return (
    <fieldset className="choice-group language-switch">
      <legend>{t('app.language.legend')}</legend>
      {languages.map((code: Language) => (
        <label key={code} className="choice" lang={code}>
          <input
            type="radio"
            name="language"
            value={code}
            checked={language === code}
            onChange={() => {
              setFailed(false);
              // Offline before the other catalogue was ever fetched: say so, keep the current one.
              setLanguage(code).catch(() => {
                setFailed(true);
              });
            }}
          />
          {t(`app.language.${code}`)}
        </label>
      ))}
      {failed && (
        <p role="alert" className="form-error">
          {t('app.language.unavailable')}
        </p>
      )}
    </fieldset>
  );
}
