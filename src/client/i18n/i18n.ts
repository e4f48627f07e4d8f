// The language in use and its messages. Only the active language's catalogue is downloaded: each
// catalogue is its own chunk (a dynamic import), so the first screen never pays for the other
// language, and switching fetches it once (from the service worker's precache when offline).
// Screens follow a change through subscribe() (useT in index.ts re-renders them).
import { isLanguage, saveLanguage, savedDeviceLanguage, savedUserLanguage, type Language } from './languages';
import { translate, type Catalogue, type MessageOptions, type TFunction } from './translate';

const catalogues: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./en.json'),
  cy: () => import('./cy.json'),
};

const loaded: Partial<Record<Language, Catalogue>> = {};
let language: Language | null = null;
let wanted: Language | null = null;
let signedInUser: string | null = null;
const listeners = new Set<() => void>();

function translatorFor(lang: Language | null): TFunction {
  const catalogue = lang === null ? undefined : loaded[lang];
  // Before startI18n (never in the app: main.tsx awaits it) a message reads as its key.
  return (key, options) => (catalogue === undefined ? key : translate(catalogue, lang ?? 'en', key, options));
}
let current: TFunction = translatorFor(null);

async function ensureLoaded(lang: Language): Promise<void> {
  if (loaded[lang] !== undefined) return;
  const { default: catalogue } = await catalogues[lang]();
  loaded[lang] = catalogue;
}

function followHtmlLang(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

async function changeTo(lang: Language): Promise<void> {
  wanted = lang;
  await ensureLoaded(lang);
  // A later choice made while this catalogue downloaded wins.
  if (wanted !== lang || language === lang) return;
  language = lang;
  current = translatorFor(lang);
  followHtmlLang(lang);
  for (const listener of listeners) listener();
}

/**
 * Loads `lang`'s messages (default: the device's saved or detected language) before the first
 * render. Calling it again only changes the language.
 */
export async function startI18n(lang: Language = savedDeviceLanguage()): Promise<void> {
  await changeTo(lang);
}

/** Calls `listener` after every language change; returns the unsubscribe. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message function for the language in use; a new function after each change. */
export function currentTranslator(): TFunction {
  return current;
}

/** The language in use now. */
export function currentLanguage(): Language {
  return isLanguage(language) ? language : 'en';
}

/** Changes the language at once (no reload: every screen re-renders) and remembers it. */
export async function setLanguage(lang: Language): Promise<void> {
  await changeTo(lang);
  saveLanguage(lang, signedInUser);
}

/**
 * Called when an officer's workspace opens (userId) or closes (null): opens in the language they
 * chose on this device, if they chose one; later choices are kept under their id.
 */
export async function languageForUser(userId: string | null): Promise<void> {
  signedInUser = userId;
  if (userId === null) return;
  const chosen = savedUserLanguage(userId);
  if (chosen !== null && chosen !== currentLanguage()) await changeTo(chosen);
  else if (chosen === null) saveLanguage(currentLanguage(), userId);
}

/** `t` for code outside React (formatters, error texts); screens use `useT()`. */
export const t: TFunction = (key, options?: MessageOptions) => current(key, options);
