// The languages Beatbook speaks, which one a device starts in, and where the choice is kept.
// First run follows the device (navigator.languages); a choice made on the sign-in screen is the
// device's; once an officer is signed in their choice is also kept under their id, so a shared
// device opens in each officer's own language when they sign in.
export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

const DEVICE_KEY = 'beatbook.language';
const userKey = (userId: string): string => `beatbook.language.${userId}`;

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'cy';
}

/** Welsh if the device lists Welsh before English (or only Welsh); English otherwise. */
export function deviceLanguage(preferred: readonly string[] = readNavigatorLanguages()): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function readNavigatorLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  if (nav === undefined) return [];
  return nav.languages.length > 0 ? nav.languages : [nav.language];
}

function storage(): Storage | null {
  try {
    // Accessing localStorage throws in some privacy modes; the device language then applies.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key: string): Language | null {
  try {
    const saved = storage()?.getItem(key);
    return isLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}

/** The language this device opens in: the last choice made on it, else the device's language. */
export function savedDeviceLanguage(): Language {
  return read(DEVICE_KEY) ?? deviceLanguage();
}

/** The language an officer chose, if they ever chose one on this device. */
export function savedUserLanguage(userId: string): Language | null {
  return read(userKey(userId));
}

export function saveLanguage(language: Language, userId: string | null): void {
  try {
    storage()?.setItem(DEVICE_KEY, language);
    if (userId !== null) storage()?.setItem(userKey(userId), language);
  } catch {
    // Storage full or refused: the choice still holds until the app is closed.
  }
}

/** Forget an officer's choice (sign-out deleting their data from a shared device). */
export function forgetUserLanguage(userId: string): void {
  try {
    storage()?.removeItem(userKey(userId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
