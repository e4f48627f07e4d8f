import { setThemeChoice, useThemeChoice } from '#client/app/store';
import type { ThemeChoice as Choice } from '#client/app/theme';

const choices: { value: Choice; label: string }[] = [
  { value: 'system', label: 'Same as this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light or dark, or whatever the device is set to (night shifts); remembered on this device. */
export function ThemeChoice() {
  const theme = useThemeChoice();
  return (
    <fieldset className="choice-group">
      <legend>Appearance</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name="theme"
            value={choice.value}
            checked={theme === choice.value}
            onChange={() => {
              setThemeChoice(choice.value);
            }}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
