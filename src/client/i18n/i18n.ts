// The one i18next instance. Only the active language's catalogue is downloaded: each catalogue is
// its own chunk (a dynamic import), so the first screen never pays for the other language, and
// switching fetches it once (from the service worker's precache when offline).
import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, saveLanguage, savedDeviceLanguage, savedUserLanguage, type Language } from './languages';

type Catalogue = Record<string, unknown>;

const catalogues: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./en.json'),
  cy: () => import('./cy.json'),
};

export const i18n = i18next.createInstance();
let signedInUser: string | null = null;

async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { default: catalogue } = await catalogues[language]();
  i18n.addResourceBundle(language, 'translation', catalogue, true, true);
}

function followHtmlLang(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Starts i18next in `language` (default: the device's saved or detected language) before the
 * first render. Calling it again only changes the language.
 */
export async function startI18n(language: Language = savedDeviceLanguage()): Promise<void> {
  if (i18n.isInitialized) {
    await changeTo(language);
    return;
  }
  const { default: catalogue } = await catalogues[language]();
  await i18n.use(initReactI18next).init({
    lng: language,
    resources: { [language]: { translation: catalogue } },
    partialBundledLanguages: true,
    // The catalogue test keeps both catalogues complete, so no fallback language is downloaded.
    fallbackLng: false,
    supportedLngs: ['en', 'cy'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });
  i18n.on('languageChanged', followHtmlLang);
  followHtmlLang(language);
}

async function changeTo(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

/** The language in use now. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** Changes the language at once (no reload: every screen re-renders) and remembers it. */
export async function setLanguage(language: Language): Promise<void> {
  await changeTo(language);
  saveLanguage(language, signedInUser);
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
export const t = ((...args: unknown[]) =>
  (i18n.t as unknown as (...a: unknown[]) => string)(...args)) as unknown as TFunction;
