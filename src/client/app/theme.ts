// The colour theme: the device's setting (prefers-color-scheme) unless the officer chose light or
// dark on the "More" screen. The choice is remembered on this device only (it is not the officer's
// data, and a shared device keeps it across sign-outs). The CSS reads <html data-theme>.
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'beatbook.theme';

function storage(): Storage | null {
  try {
    // Accessing localStorage throws in some privacy modes; the device setting then applies.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

export function readThemeChoice(): ThemeChoice {
  const saved = storage()?.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function applyThemeChoice(choice: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, choice);
  } catch {
    // Storage full or refused: the choice still holds until the app is closed.
  }
}
