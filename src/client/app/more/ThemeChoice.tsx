import { setThemeChoice, useThemeChoice } from '#client/app/store';
import type { ThemeChoice as Choice } from '#client/app/theme';
import { useT } from '#client/i18n/index';

const choices: readonly Choice[] = ['system', 'light', 'dark'];

/** Light or dark, or whatever the device is set to (night shifts); remembered on this device. */
export function ThemeChoice() {
  const t = useT();
  const theme = useThemeChoice();
  return (
    <fieldset className="choice-group">
      <legend>{t('app.theme.legend')}</legend>
      {choices.map((choice) => (
        <label key={choice} className="choice">
          <input
            type="radio"
            name="theme"
            value={choice}
            checked={theme === choice}
            onChange={() => {
              setThemeChoice(choice);
            }}
          />
          {t(`app.theme.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
